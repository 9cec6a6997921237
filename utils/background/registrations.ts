/** Meta key prefix for a registered workflow's template and stakes, kept so reports may name what the user chose to share. */
export const REGISTRATION_PREFIX = 'registration:';

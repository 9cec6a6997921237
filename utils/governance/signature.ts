/**
 * A workflow's privacy-safe signature: SHA-256 of the organization's salt and the template's
 * constant text. The same workflow matches across installs of one organization, and without
 * the salt nobody can confirm a guessed template from a report.
 */
export async function workflowSignature(organizationSalt: string, constantText: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${organizationSalt}\u0000${constantText}`);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export * from './server';
export * from './browser';
export * from './input';
export * from './db';
export * from './replica-editor';
export { makeSelfSignedCert } from './certs';
export * from './requests';
export * from './coverage';
export * from './open';

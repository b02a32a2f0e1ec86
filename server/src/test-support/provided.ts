// What the global test setup (test/support/global-setup.ts) hands to every test file.
declare module 'vitest' {
  export interface ProvidedContext {
    dbServerUrl: string;
    templateDb: string;
  }
}
export {};

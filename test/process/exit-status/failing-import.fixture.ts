// A test file that cannot even be loaded: no test in it runs, and the run must still fail.
throw new Error('the file failed to load on purpose');
export {};

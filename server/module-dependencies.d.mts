export declare const MODULE_DEPENDENCIES: Record<string, readonly string[]>;

/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const checkBillingStart: (a: any) => any;
export const checkEmergencyAddress: (a: any) => any;
export const checkLocationEligibility: (a: any) => any;
export const checkLocationSetup: (a: any) => any;
export const checkNewNumberOrder: (a: any) => any;
export const checkNumberRemoval: (a: any) => any;
export const checkOrderPlan: (a: any) => any;
export const checkPortOrder: (a: any) => any;
export const checkPortReschedule: (a: any) => any;
export const checkSupportRoute: (a: any) => any;
export const classifyNumber: (a: number, b: number) => any;
export const evaluate: (a: any) => any;
export const evaluateWithPolicy: (a: any, b: any) => any;
export const rules: () => any;
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __wbindgen_exn_store: (a: number) => void;
export const __externref_table_alloc: () => number;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __wbindgen_start: () => void;

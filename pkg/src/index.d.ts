// The package's declarations: the WebAssembly verbs and types generated from the Rust
// types (callplan_wasm.d.ts), and the Standard Schema of every check.
import type { BuiltInPolicy, CallplanResponse, CheckFunctionInputs, CheckInputs, Finding, Locale, Policy } from "./callplan_wasm.js";

export * from "./callplan_wasm.js";
export { default } from "./callplan_wasm.js";

/** The Standard Schema v1 interface (https://standardschema.dev), as form libraries accept it. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  /** What a validator offers a form library. */
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  /** Success (`value`) or failure (`issues`). */
  export type Result<Output> = SuccessResult<Output> | FailureResult;
  export interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  export interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  /** One problem, at a path of keys and array indices into the value. */
  export interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  export interface PathSegment {
    readonly key: PropertyKey;
  }
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/** A check's result as callplan gives it: every finding (warnings and notices too) beside
 * the Standard Schema result; an error finding is also an issue, with its rule and params. */
export type CallplanResult<Output> =
  | (StandardSchemaV1.SuccessResult<Output> & { readonly findings: Finding[] })
  | { readonly issues: ReadonlyArray<CallplanIssue>; readonly findings: Finding[] };

/** An error finding (or malformed input) as a Standard Schema issue. */
export interface CallplanIssue extends StandardSchemaV1.Issue {
  readonly rule?: Finding["rule"];
  readonly params?: Finding["params"];
  readonly code?: "input.malformed" | "input.too_large";
}

/** A check as a Standard Schema: its input in, the same input out when it has no error. */
export interface CallplanSchema<Input> extends StandardSchemaV1<Input, Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Input> & {
    readonly validate: (value: unknown) => CallplanResult<Input> | Promise<CallplanResult<Input>>;
  };
}

/**
 * Options of `schema`: a policy other than seed-2024 (a built-in policy's name, or the
 * fields that differ from its `base`), and the language of the messages.
 */
export interface SchemaOptions {
  policy?: Partial<Policy> | BuiltInPolicy;
  locale?: Locale;
}

/**
 * The check named `check` as a Standard Schema. `validate` answers synchronously once
 * `init()` has finished (at once in Node.js); before, it returns a promise that settles
 * when it has.
 */
export declare function schema<Check extends keyof CheckInputs>(check: Check, options?: SchemaOptions): CallplanSchema<CheckInputs[Check]>;

/** Every check as a Standard Schema under seed-2024, by name: `schemas.newNumberOrder`. */
export declare const schemas: {
  readonly [Name in keyof CheckFunctionInputs as Name extends `check${infer Check}` ? Uncapitalize<Check> : never]: CallplanSchema<CheckFunctionInputs[Name]>;
};

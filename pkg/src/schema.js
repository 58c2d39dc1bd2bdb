// Standard Schema v1 (https://standardschema.dev) for every check: a form library calls
// `validate(values)` and gets `{ value }` or `{ issues }`, each issue with the message and
// the path of an error finding. Warnings and notices do not fail validation; every finding
// stays on the result as `findings`. Only conversion here: the verdict is the core's.

/** `"/numbers/1"` as Standard Schema's path: keys unescaped, array indices as numbers. */
function pathOf(pointer) {
  if (!pointer) return undefined;
  return pointer.slice(1).split("/").map((token) =>
    /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : token.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** The Standard Schema result of the core's answer to `value`. */
function resultOf(value, answer) {
  if ("code" in answer) {
    return { issues: [{ message: answer.message, path: pathOf(answer.path), code: answer.code }], findings: [] };
  }
  const errors = answer.findings.filter((finding) => finding.severity === "error");
  if (errors.length === 0) return { value, findings: answer.findings };
  const issues = errors.map((finding) => ({ message: finding.message, path: pathOf(finding.path), rule: finding.rule, params: finding.params }));
  return { issues, findings: answer.findings };
}

/**
 * `schema(check, options)` and `schemas` (one per name of `checkNames`) over the package's
 * verbs `api` (`evaluate`, `evaluateWithPolicy`); `pending()` is `null` once the module is
 * ready, else a promise that settles when it is.
 */
export function standardSchemas(api, checkNames, pending) {
  function schema(check, { policy, locale } = {}) {
    const run = (value) => {
      const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
      const request = isObject ? { ...value, check, ...(locale ? { locale } : {}) } : value;
      return resultOf(value, policy ? api.evaluateWithPolicy(request, policy) : api.evaluate(request));
    };
    return {
      "~standard": {
        version: 1,
        vendor: "callplan",
        validate(value) {
          const waiting = pending();
          return waiting ? waiting.then(() => run(value)) : run(value);
        },
      },
    };
  }
  const schemas = {};
  for (const check of checkNames) {
    schemas[check.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase())] = schema(check);
  }
  return { schema, schemas };
}

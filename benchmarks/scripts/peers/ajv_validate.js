// The ajv peer of benchmarks/scripts/peers.sh: validates a plan document against the project's JSON Schema
// (validation/src/main/resources/org/planindicators/validation/plan.schema.json, draft 2020-12), all errors.
// Usage: node ajv_validate.js SCHEMA.json PLAN.json
// Prints one line an error (instance path and message); exit code 1 when there is one.
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const [schemaFile, planFile] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
const ok = validate(JSON.parse(fs.readFileSync(planFile, 'utf8')));
for (const e of validate.errors || []) process.stdout.write(`${e.instancePath} ${e.message}\n`);
process.exit(ok ? 0 : 1);

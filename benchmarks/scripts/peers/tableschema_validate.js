// The Frictionless peer of benchmarks/scripts/peers.sh: tableschema-js reads and casts an observation file against a
// Table Schema with the same checks as the pandas peer (types, required, enum, minimum/maximum, primary key).
// Usage: node tableschema_validate.js OBS.csv INDICATORS.txt UNITS.txt
// Prints the line numbers of the bad rows (the header is line 1), ascending, one a line.
const fs = require('fs');
const { Table } = require('tableschema');

async function main() {
  const [obs, indicators, units] = process.argv.slice(2);
  const codes = fs.readFileSync(indicators, 'utf8').split('\n').filter(Boolean);
  const knownUnits = fs.readFileSync(units, 'utf8').split('\n').filter(Boolean);
  const schema = {
    fields: [
      { name: '指标代码', type: 'string', constraints: { required: true, enum: codes } },
      { name: '地区', type: 'string', constraints: { required: true } },
      { name: '年份', type: 'integer', constraints: { required: true, minimum: 1990, maximum: 2045 } },
      { name: '数值', type: 'number', constraints: { required: true } },
      { name: '单位', type: 'string', constraints: { required: true, enum: knownUnits } },
      { name: '状态', type: 'string', constraints: { enum: ['最终核实', '初步核算', '修订', '估计', '预测'] } },
    ],
    missingValues: ['', 'n/a'],
    primaryKey: ['指标代码', '地区', '年份'],
  };
  const table = await Table.load(obs, { schema });
  const stream = await table.iter({ cast: true, forceCast: true, stream: true });
  const bad = [];
  await new Promise((resolve, reject) => {
    stream.on('data', (row) => {
      if (row instanceof Error) bad.push(row.rowNumber);
    });
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  process.stdout.write(bad.map((n) => n + '\n').join(''));
}

main().catch((e) => { console.error(e); process.exit(2); });

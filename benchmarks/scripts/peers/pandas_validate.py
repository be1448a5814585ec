"""The pandas peer of benchmarks/scripts/peers.sh: read_csv and vectorised checks of an observation file.

Usage: /usr/bin/python3 pandas_validate.py OBS.csv INDICATORS.txt UNITS.txt
Prints the line numbers of the bad rows (the header is line 1), ascending, one a line.

The checks are those the planted faults need and every peer can express: the value is a number and present, the
indicator code is one of the plan's, the year is within the plan's range (1990-2045), the unit is a known one, the
status is a known one, and no earlier row has the same (indicator, jurisdiction, year). This is what a data team
would write with pandas: read_csv parses the value column as float64 ('n/a' and '' become NaN), so values are not
kept exactly as written and numbers such as 1e5 or inf would pass.
"""
import sys

import pandas as pd

obs, indicators, units = sys.argv[1:4]
codes = open(indicators, encoding="utf-8").read().split()
known_units = open(units, encoding="utf-8").read().split()
df = pd.read_csv(obs, dtype={"指标代码": str, "地区": str, "单位": str, "状态": str},
                 keep_default_na=False, na_values={"数值": ["", "n/a", "NA", "NaN"]}, engine="c")
value = pd.to_numeric(df["数值"], errors="coerce")
year = pd.to_numeric(df["年份"], errors="coerce")
bad = (value.isna()
       | ~df["指标代码"].isin(codes)
       | ~year.between(1990, 2045)
       | (df["地区"] == "")
       | ~df["单位"].isin(known_units)
       | ~df["状态"].isin(["最终核实", "初步核算", "修订", "估计", "预测"])
       | df.duplicated(subset=["指标代码", "地区", "年份"], keep="first"))
lines = df.index[bad.to_numpy()] + 2
sys.stdout.write("".join(f"{n}\n" for n in lines))

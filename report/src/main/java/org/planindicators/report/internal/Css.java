package org.planindicators.report.internal;

/** The report page's style sheet, inlined into the page: screen and print (A4). */
final class Css {
    private Css() {
    }

    static final String STYLE = """
            :root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--band:#c7e9c0;--path:#6e7781}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:1200px;padding:16px 20px;color:var(--ink);background:#fff;
            font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",\
            "WenQuanYi Micro Hei",system-ui,sans-serif}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:24px 0 8px;border-bottom:2px solid var(--ink)}
            h3{font-size:15px;margin:16px 0 6px}h4{font-size:14px;margin:0 0 4px}
            .meta,.note,.legend-text,footer{color:var(--muted);font-size:12px}
            table{border-collapse:collapse;width:100%}
            th,td{border:1px solid var(--line);padding:3px 6px;vertical-align:top;overflow-wrap:anywhere}
            thead th{background:#f6f8fa;font-weight:600;text-align:left}
            .counts{width:auto;min-width:360px}.counts caption{text-align:left;font-weight:600;padding:4px 0}
            .num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
            .group-row th{background:#eef1f4;text-align:left;font-size:14px}
            tr.binding td.attr{font-weight:700}
            tr.part td.part-name{padding-left:1.5em;color:#444}
            .name .code{display:block;color:var(--muted);font-size:11px}
            .name{min-width:10em;max-width:24em}
            .status{white-space:nowrap}
            .swatch{display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:baseline}
            .status-bar{display:block;width:100%;max-width:600px;height:auto;margin:8px 0}
            .legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px}
            .concerns li.binding{font-weight:600}
            .footnotes{font-size:12px;color:var(--muted)}
            sup a{text-decoration:none}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px}
            .card{border:1px solid var(--line);border-radius:4px;padding:8px;overflow-wrap:anywhere;
            content-visibility:auto;contain-intrinsic-size:auto 330px}
            .card h4 .status{font-weight:400;font-size:12px;padding:0 4px}
            figure{margin:0}figcaption{font-size:11px;color:var(--muted)}
            svg.chart{width:100%;height:auto;display:block;font-size:9px}
            .chart .gridline{stroke:#eaeef2;stroke-width:1}.chart .axis{stroke:#8c959f;stroke-width:1}
            .chart .tick,.chart .unit,.chart .year-label{fill:var(--muted)}
            .chart .target-band{fill:var(--band);fill-opacity:.7;stroke:#5aae61;stroke-width:.8}
            .chart .target-line{stroke:#1b7837;stroke-width:1.6;stroke-dasharray:6 3;fill:none}
            .chart .target-label{fill:#1b7837}
            .chart .year-mark{stroke:#afb8c1;stroke-width:1;stroke-dasharray:2 2}
            .chart .expected-path{stroke:var(--path);stroke-width:1.5;stroke-dasharray:4 3;fill:none}
            .chart .observed-line{stroke:#0550ae;stroke-width:2;fill:none}
            .chart .point{fill:#0550ae;stroke:#0550ae;stroke-width:1.5}
            .chart .point.provisional{fill:#fff}
            .chart .baseline{fill:#57606a}
            details{font-size:12px;margin-top:4px}summary{cursor:pointer;color:#0550ae}
            dl.figures dt{font-weight:600;margin-top:4px}dl.figures dd{margin:0 0 0 12px}
            .formula{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:11px}
            ul.inputs,ul.notes{margin:2px 0;padding-left:18px}
            @page{size:A4;margin:14mm 12mm}
            @media print{
            body{max-width:none;padding:0;font-size:10pt}
            a{color:inherit;text-decoration:none}
            thead{display:table-header-group}tr,.card,figure,.counts{break-inside:avoid}
            h2,h3{break-after:avoid}
            .cards{grid-template-columns:1fr 1fr;gap:8px}
            .card{padding:4px}
            th,td{padding:2px 4px}
            .status,.swatch,.segment,.card h4 .status{print-color-adjust:exact;-webkit-print-color-adjust:exact}
            td.status{print-color-adjust:exact;-webkit-print-color-adjust:exact}
            details::details-content{content-visibility:visible;display:block}
            summary{color:inherit}
            }
            """;
}

/**
 * Per-language evidence for the source-code detector: each regex that matches a block adds its
 * weight to that language. Kept as data so a language can be added without touching the logic.
 */
export interface LanguageRule { language: string; signals: readonly [RegExp, number][] }

export const LANGUAGE_RULES: readonly LanguageRule[] = [
  { language: 'python', signals: [[/^[ \t]*def \w{1,60}\([^)\n]{0,200}\)[^:\n]{0,60}:[ \t]*$/m, 3], [/^\s*(?:from [\w.]+ )?import \w+/m, 1.5], [/^\s*(?:elif|except|with .* as \w+):?/m, 2], [/\bself\.\w+/, 2], [/^[ \t]*class \w{1,60}(?:\([^)\n]{0,200}\))?:[ \t]*$/m, 3], [/\bprint\(/, 1], [/\bNone\b|\bTrue\b|\bFalse\b/, 0.5], [/^\s*@\w+/m, 0.5]] },
  { language: 'js/ts', signals: [[/\b(?:const|let|var) \w+\s*=/, 2], [/=>/, 1.5], [/\bfunction\s*\w*\s*\(/, 2], [/\bconsole\.log\(/, 2], [/\b(?:import .* from ['"]|require\(['"])/, 2.5], [/\bexport (?:default |const |function |interface |type )/, 2.5], [/:\s*(?:string|number|boolean)\b|\binterface \w+ \{/, 1.5], [/===|!==/, 1.5], [/\bdocument\.|\bwindow\./, 1]] },
  { language: 'java', signals: [[/\bpublic (?:static )?(?:final )?(?:class|void|int|String|boolean)\b/, 3], [/\bSystem\.out\.print/, 3], [/\bprivate (?:final )?\w+(?:<.*>)? \w+;/, 2], [/^\s*package [\w.]+;/m, 3], [/^\s*import java\./m, 3], [/@Override\b/, 2], [/\bnew \w+\(.*\);/, 1]] },
  { language: 'c#', signals: [[/^\s*using System/m, 3], [/\bnamespace \w+/, 2], [/\bpublic (?:async )?(?:Task|void|string|int)\b/, 1.5], [/\bConsole\.Write/, 3], [/\{\s*get;\s*set;\s*\}/, 3], [/\bvar \w+ = new\b/, 1.5]] },
  { language: 'c/c++', signals: [[/^\s*#include\s*[<"]/m, 3.5], [/\bint main\s*\(/, 3], [/\bstd::/, 3], [/\bprintf\(|\bscanf\(|\bmalloc\(/, 2], [/\b(?:unsigned|struct|typedef)\b/, 1], [/->\w+/, 1], [/\bcout\s*<</, 3]] },
  { language: 'go', signals: [[/^\s*package \w+\s*$/m, 3], [/\bfunc (?:\(\w+ \*?\w+\) )?\w+\(/, 3], [/:=/, 1.5], [/\bfmt\.\w+\(/, 3], [/\berr != nil\b/, 3]] },
  { language: 'rust', signals: [[/\bfn \w+(?:<.*>)?\(/, 2.5], [/\blet mut\b/, 3], [/\bimpl\b.*\{/, 2], [/\bprintln!\(|\bvec!\[/, 3], [/::new\(|&mut\b|\bOption<|\bResult</, 2], [/^\s*use \w+::/m, 2]] },
  { language: 'sql', signals: [[/\bSELECT\b[\s\S]{1,200}?\bFROM\b/i, 3], [/\b(?:INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|ALTER TABLE|DROP TABLE)\b/i, 3.5], [/\b(?:WHERE|GROUP BY|ORDER BY|INNER JOIN|LEFT JOIN)\b/, 1.5], [/\bVARCHAR\(|\bPRIMARY KEY\b/i, 2]] },
  { language: 'shell', signals: [[/^#!\/(?:usr\/)?bin\/(?:env )?(?:ba|z)?sh/m, 4], [/^\s*(?:sudo |apt(?:-get)? |npm |pip |git |cd |ls |echo |export |chmod |curl |docker |kubectl )/m, 1.5], [/\$\{?\w+\}?/, 0.5], [/\bfi\b|\bdone\b|\besac\b/, 1], [/\|\s*(?:grep|awk|sed|xargs)\b/, 2]] },
  { language: 'html', signals: [[/<(?:html|head|body|div|span|p|a|ul|li|script|table|form|input)\b[^>]*>/i, 2.5], [/<\/\w+>/, 1.5], [/<!DOCTYPE html>/i, 4], [/\bclass="[^"]*"/, 1]] },
  { language: 'css', signals: [[/^[ \t]*[.#]?[\w-]{1,40}(?:(?:[ \t]{1,3}|[ \t]{0,3}[,>+~][ \t]{0,3})[.#:]?[\w-]{1,40}){0,6}[ \t]*\{[ \t]*$/m, 1.5], [/^\s*[a-z-]+\s*:\s*[^;{}]+;\s*$/m, 2], [/@media\b|@import\b|!important/, 2], [/\b(?:margin|padding|color|display|font-size|background)\s*:/, 2]] },
  { language: 'php', signals: [[/<\?php/, 5], [/\$\w+\s*=/, 1.5], [/\becho\b.*;/, 1], [/->\w+\(/, 1], [/\bfunction \w+\(\$/, 3]] },
  { language: 'ruby', signals: [[/^[ \t]*def \w{1,60}(?:\([^)\n]{0,200}\))?[ \t]*$/m, 2.5], [/^\s*end\s*$/m, 2], [/\bputs\b/, 2], [/\brequire ['"]/, 1.5], [/\bdo \|\w+\|/, 3], [/@\w+\s*=/, 1]] },
  { language: 'json/yaml', signals: [[/^\s*"[\w-]+"\s*:\s*(?:"|\d|\{|\[|true|false|null)/m, 2.5], [/^\s*[\w-]+:\s*(?:\S.*)?$/m, 0.8], [/^\s*- [\w-]+:\s/m, 1.5], [/^---\s*$/m, 1]] },
];

/** Line starts that only code has. */
export const CODE_LINE_START = /^\s*(?:def |class |import |from \S+ import |function |const |let |var |return\b|if ?\(|for ?\(|while ?\(|switch ?\(|else\b|elif |try\b|catch\b|except\b|public |private |protected |static |#include|package |func |fn |use |impl |struct |enum |interface |type \w+ =|SELECT |INSERT |UPDATE |DELETE |CREATE |ALTER |WITH |FROM |WHERE |(?:INNER |LEFT |RIGHT |OUTER )?JOIN |GROUP BY|ORDER BY|HAVING |LIMIT |VALUES|set -\w|for \w+ in .{1,80}(?:; do|:)$|(?:if|elif|while|with) .{1,80}:$|[\w.\[\]"']{1,40} ?(?:[-+*/|&]|\*\*)?= ?\S|<\/?[a-zA-Z][\w-]*[\s>]|<\?php|\$ |@\w+|}|\)|\]|\/\/|\/\*|\*\/|#!|echo |print\(|console\.|end$|fi$|done$)/;
/** Line ends typical of code. */
export const CODE_LINE_END = /(?:[;{}(\[,]|\)|=>|:|\*\/|\\|>)\s*$/;

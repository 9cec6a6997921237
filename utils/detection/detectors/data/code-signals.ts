/**
 * Per-language evidence for the source-code detector: each regex that matches a block adds its
 * weight to that language. Kept as data so a language can be added without touching the logic.
 */
export interface LanguageRule {
  language: string;
  /**
   * [regex, weight, needs]: `needs` lists literals of which every match contains at least one.
   * The shared keyword pass tells (lower-cased) whether any of them occurs anywhere in the text;
   * when none does, no block of the text can match and the regex is skipped (for a
   * case-insensitive regex too, since the check reads lower-cased text). A signal without `needs`
   * always runs.
   */
  signals: readonly (readonly [RegExp, number, (readonly string[])?])[];
}

export const LANGUAGE_RULES: readonly LanguageRule[] = [
  { language: 'python', signals: [[/^[ \t]*def \w{1,60}\([^)\n]{0,200}\)[^:\n]{0,60}:[ \t]*$/m, 3, ['def ']], [/^\s*(?:from [\w.]+ )?import \w+/m, 1.5, ['import ']], [/^\s*(?:elif|except|with .* as \w+):?/m, 2, ['elif', 'except', 'with ']], [/\bself\.\w+/, 2, ['self.']], [/^[ \t]*class \w{1,60}(?:\([^)\n]{0,200}\))?:[ \t]*$/m, 3, ['class ']], [/\bprint\(/, 1, ['print(']], [/\bNone\b|\bTrue\b|\bFalse\b/, 0.5, ['None', 'True', 'False']], [/^\s*@\w+/m, 0.5, ['@']]] },
  { language: 'js/ts', signals: [[/\b(?:const|let|var) \w+\s*=/, 2, ['const ', 'let ', 'var ']], [/=>/, 1.5, ['=>']], [/\bfunction\s*\w*\s*\(/, 2, ['function']], [/\bconsole\.log\(/, 2, ['console.log(']], [/\b(?:import .* from ['"]|require\(['"])/, 2.5, ['import ', 'require(']], [/\bexport (?:default |const |function |interface |type )/, 2.5, ['export ']], [/:\s*(?:string|number|boolean)\b|\binterface \w+ \{/, 1.5, ['string', 'number', 'boolean', 'interface ']], [/===|!==/, 1.5, ['==']], [/\bdocument\.|\bwindow\./, 1, ['document.', 'window.']]] },
  { language: 'java', signals: [[/\b(?:List|Map|Set|Optional|Stream)<[\w<>, ?]{1,60}> \w+ = /, 3, ['list<', 'map<', 'set<', 'optional<', 'stream<']], [/\.stream\(\)/, 2, ['.stream()']], [/\bpublic (?:static )?(?:final )?(?:class|void|int|String|boolean)\b/, 3, ['public ']], [/\bSystem\.out\.print/, 3, ['System.out.print']], [/\bprivate (?:final )?\w+(?:<.*>)? \w+;/, 2, ['private ']], [/^\s*package [\w.]+;/m, 3, ['package ']], [/^\s*import java\./m, 3, ['import java.']], [/@Override\b/, 2, ['@Override']], [/\bnew \w+\(.*\);/, 1, ['new ']]] },
  { language: 'c#', signals: [[/^\s*using System/m, 3, ['using System']], [/\bnamespace \w+/, 2, ['namespace ']], [/\bpublic (?:async )?(?:Task|void|string|int)\b/, 1.5, ['public ']], [/\bConsole\.Write/, 3, ['Console.Write']], [/\{\s*get;\s*set;\s*\}/, 3, ['get;']], [/\bvar \w+ = new\b/, 1.5, ['= new']]] },
  { language: 'c/c++', signals: [[/^\s*#include\s*[<"]/m, 3.5, ['#include']], [/\bint main\s*\(/, 3, ['int main']], [/\bstd::/, 3, ['std::']], [/\bprintf\(|\bscanf\(|\bmalloc\(/, 2, ['printf(', 'scanf(', 'malloc(']], [/\b(?:unsigned|struct|typedef)\b/, 1, ['unsigned', 'struct', 'typedef']], [/->\w+/, 1, ['->']], [/\bcout\s*<</, 3, ['cout']]] },
  { language: 'kotlin', signals: [[/\bfun (?:<[^>\n]{1,40}> )?\w+\(/, 2.5, ['fun ']], [/\bdata class \w+\(|\b(?:suspend|override) fun\b|\bcompanion object\b/, 3, ['data class', 'suspend fun', 'override fun', 'companion object']], [/^\s*import (?:kotlinx?|androidx?)\./m, 3, ['import kotlin', 'import android']], [/\bval \w+(?:: [\w<>?]+)? =/, 1.5, ['val ']], [/\?\.let \{|\{ it\.\w+/, 1.5, ['?.let', '{ it.']]] },
  { language: 'go', signals: [[/^\s*package \w+\s*$/m, 3, ['package ']], [/\bfunc (?:\(\w+ \*?\w+\) )?\w+\(/, 3, ['func ']], [/:=/, 1.5, [':=']], [/\bfmt\.\w+\(/, 3, ['fmt.']], [/\berr != nil\b/, 3, ['err != nil']], [/\bfor (?:\w+, )?\w+ := range\b/, 3, [':= range']]] },
  { language: 'rust', signals: [[/\blet (?:mut )?\w+: (?:[iuf](?:8|16|32|64|128|size)|bool|String|&str|Vec<)/, 3, ['let ']], [/\.(?:iter|into_iter)\(\)|\.collect::<|\.unwrap\(\)/, 2, ['iter()', 'collect::<', 'unwrap()']], [/\bfn \w+(?:<.*>)?\(/, 2.5, ['fn ']], [/\blet mut\b/, 3, ['let mut']], [/\bimpl\b.*\{/, 2, ['impl']], [/\bprintln!\(|\bvec!\[/, 3, ['println!(', 'vec![']], [/::new\(|&mut\b|\bOption<|\bResult</, 2, ['::new(', '&mut', 'Option<', 'Result<']], [/^\s*use \w+::/m, 2, ['use ']]] },
  { language: 'sql', signals: [[/\bSELECT\b[\s\S]{1,200}?\bFROM\b/i, 3, ['select']], [/\b(?:INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE|ALTER TABLE|DROP TABLE)\b/i, 3.5, ['insert into', 'update ', 'delete from', 'create table', 'alter table', 'drop table']], [/\b(?:WHERE|GROUP BY|ORDER BY|INNER JOIN|LEFT JOIN)\b/, 1.5, ['WHERE', 'GROUP BY', 'ORDER BY', 'INNER JOIN', 'LEFT JOIN']], [/\bVARCHAR\(|\bPRIMARY KEY\b/i, 2, ['varchar(', 'primary key']]] },
  { language: 'shell', signals: [[/^#!\/(?:usr\/)?bin\/(?:env )?(?:ba|z)?sh/m, 4, ['#!/']], [/^\s*(?:sudo |apt(?:-get)? |npm |pip |git |cd |ls |echo |export |chmod |curl |docker |kubectl )/m, 1.5, ['sudo ', 'apt ', 'apt-get ', 'npm ', 'pip ', 'git ', 'cd ', 'ls ', 'echo ', 'export ', 'chmod ', 'curl ', 'docker ', 'kubectl ']], [/\$\{?\w+\}?/, 0.5, ['$']], [/\bfi\b|\bdone\b|\besac\b/, 1, ['fi', 'done', 'esac']], [/\|\s*(?:grep|awk|sed|xargs)\b/, 2, ['|']]] },
  { language: 'html', signals: [[/<(?:html|head|body|div|span|p|a|ul|li|script|table|form|input)\b[^>]*>/i, 2.5, ['<']], [/<\/\w+>/, 1.5, ['</']], [/<!DOCTYPE html>/i, 4, ['<!doctype html>']], [/\bclass="[^"]*"/, 1, ['class="']]] },
  { language: 'css', signals: [[/^[ \t]*[.#]?[\w-]{1,40}(?:(?:[ \t]{1,3}|[ \t]{0,3}[,>+~][ \t]{0,3})[.#:]?[\w-]{1,40}){0,6}[ \t]*\{[ \t]*$/m, 1.5, ['{']], [/^\s*[a-z-]+\s*:\s*[^;{}]+;\s*$/m, 2, [';']], [/@media\b|@import\b|!important/, 2, ['@media', '@import', '!important']], [/\b(?:margin|padding|color|display|font-size|background)\s*:/, 2, ['margin', 'padding', 'color', 'display', 'font-size', 'background']]] },
  { language: 'php', signals: [[/<\?php/, 5, ['<?php']], [/\$\w+\s*=/, 1.5, ['$']], [/\becho\b.*;/, 1, ['echo']], [/->\w+\(/, 1, ['->']], [/\bfunction \w+\(\$/, 3, ['function ']]] },
  { language: 'ruby', signals: [[/^[ \t]*def \w{1,60}(?:\([^)\n]{0,200}\))?[ \t]*$/m, 2.5, ['def ']], [/^\s*end\s*$/m, 2, ['end']], [/\bputs\b/, 2, ['puts']], [/\brequire ['"]/, 1.5, ['require ']], [/\bdo \|\w+\|/, 3, ['do |']], [/@\w+\s*=/, 1, ['@']]] },
  { language: 'json/yaml', signals: [[/^\s*"[\w-]+"\s*:\s*(?:"|\d|\{|\[|true|false|null)/m, 2.5, ['"']], [/^\s*[\w-]+:\s*(?:\S.*)?$/m, 0.8, [':']], [/^\s*- [\w-]+:\s/m, 1.5, ['- ']], [/^---\s*$/m, 1, ['---']]] },
];

/** Line starts that only code has. */
export const CODE_LINE_START = /^\s*(?:def |class |import |from \S+ import |function |const |let |var |return\b|if ?\(|for ?\(|while ?\(|switch ?\(|else\b|elif |try\b|catch\b|except\b|public |private |protected |static |#include|package |func |fn |use |impl |struct |enum |interface |type \w+ =|SELECT |INSERT |UPDATE |DELETE |CREATE |ALTER |WITH |FROM |WHERE |(?:INNER |LEFT |RIGHT |OUTER )?JOIN |GROUP BY|ORDER BY|HAVING |LIMIT |VALUES|set -\w|for \w+ in .{1,80}(?:; do|:)$|(?:if|elif|while|with) .{1,80}:$|[\w.\[\]"']{1,40} ?(?:[-+*/|&]|\*\*)?= ?\S|<\/?[a-zA-Z][\w-]*[\s>]|<\?php|\$ |@\w+|}|\)|\]|\/\/|\/\*|\*\/|#!|echo |print\(|console\.|end$|fi$|done$)/;
/** Line ends typical of code. */
export const CODE_LINE_END = /(?:[;{}(\[,]|\)|=>|:|\*\/|\\|>)\s*$/;

import { describe, expect, it } from 'vitest';
import { LANGUAGE_RULES } from '../../../utils/detection/detectors/data/code-signals';
import { corpusTexts } from '../../fixtures/corpora';
import { codeDetector } from '../../../utils/detection/detectors/code';

const detect = (text: string) => codeDetector.detect({ text, lower: text.toLowerCase() });

const SAMPLES: [string, string][] = [
  ['python', 'def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n'],
  ['js/ts', "import { readFile } from 'node:fs';\nconst data = await readFile(path, 'utf8');\nexport function parse(s: string) {\n  return s.split('\\n').map((l) => l.trim());\n}\n"],
  ['java', 'package com.acme;\n\npublic class Main {\n    public static void main(String[] args) {\n        System.out.println("hi");\n    }\n}\n'],
  ['go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 3\n\tfmt.Println(x)\n}\n'],
  ['sql', 'SELECT c.name, SUM(o.total)\nFROM customers c\nINNER JOIN orders o ON o.customer_id = c.id\nGROUP BY c.name\nORDER BY 2 DESC;\n'],
  ['c/c++', '#include <stdio.h>\n\nint main(void) {\n    printf("%d\\n", 42);\n    return 0;\n}\n'],
  ['rust', 'fn main() {\n    let mut v = vec![1, 2, 3];\n    v.push(4);\n    println!("{:?}", v);\n}\n'],
  ['shell', '#!/bin/bash\nset -e\nfor f in *.log; do\n  grep ERROR "$f" | wc -l\ndone\n'],
  // Short snippets without their package line or main function: what a chat question pastes.
  ['go', 'for _, inv := range invoices {\n\tif inv.Status == "overdue" {\n\t\tsum += inv.Amount\n\t}\n}\n'],
  ['rust', 'let late: f64 = invoices\n    .iter()\n    .filter(|i| i.days_late > 30)\n    .map(|i| i.amount)\n    .sum();\n'],
  ['java', 'List<Invoice> late = invoices.stream()\n    .filter(i -> i.getDaysLate() > 30)\n    .sorted(Comparator.comparing(Invoice::getAmount))\n    .collect(Collectors.toList());\n'],
  ['kotlin', 'data class Invoice(val id: Long, val amount: Double)\n\nfun overdue(xs: List<Invoice>): List<Invoice> {\n    val limit = 30\n    return xs.filter { it.amount > limit }\n}\n'],
];

describe('codeDetector', () => {
  it.each(SAMPLES)('detects a %s block and names the language', (language, code) => {
    const text = `Why does this fail?\n\n${code}\nThanks!`;
    const found = detect(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'source_code', category: 'code', severity: 'low', detail: language });
    const covered = text.slice(found[0]!.start, found[0]!.end);
    expect(covered).toContain(code.trim().split('\n')[1]!.trim());
  });

  it('uses the fence tag for fenced blocks', () => {
    const text = 'Look:\n```ruby\nclass Dog\n  def bark\n    puts "woof"\n  end\nend\n```\n';
    expect(detect(text)[0]?.detail).toBe('ruby');
  });

  it('takes the tags of languages it has no keyword rule for as code: a short block is still code', () => {
    const blocks = {
      swift: 'let total = items.reduce(0) { $0 + $1.price }\nprint(total)',
      powershell: '$users = Get-ADUser -Filter *\n$users | Export-Csv users.csv',
      terraform: 'resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}',
      dockerfile: 'FROM node:20-alpine\nCOPY . .',
    };
    for (const [language, body] of Object.entries(blocks)) {
      const tag = language === 'terraform' ? 'hcl' : language;
      expect(detect(`Can you check this?\n\n\`\`\`${tag}\n${body}\n\`\`\`\n`)[0]?.detail, tag).toBe(language);
    }
  });

  it('ignores prose that mentions code', () => {
    const prose = [
      'I want you to act as a JavaScript console. I will type commands and you will reply with what the console should show.\nDo not write explanations.\nMy first command is console.log("Hello World");',
      'Explain what a function is in Python.\nKeep it short.\nUse an analogy.',
      'Steps:\n1. Open the app.\n2. Click Settings.\n3. Choose a theme.',
    ];
    for (const text of prose) expect(detect(text)).toEqual([]);
  });

  it('handles long repetitive and odd input without hanging', () => {
    const inputs = ['a,'.repeat(25_000), '|a'.repeat(25_000) + '\n', 'x = 1;\n'.repeat(8_000), '{'.repeat(50_000), '\u0000\u200b\ud800'.repeat(1000), '```\n'.repeat(5_000)];
    // No timing assertion (wall clock is never asserted); catastrophic backtracking would hang instead.
    for (const text of inputs) expect(Array.isArray(detect(text))).toBe(true);
  });
});

describe('language signal literals', () => {
  // A signal's `needs` lets guessLanguage skip its regex when none of the literals is in the block;
  // that is only sound if every match of the regex contains one of them.
  const texts = [
    ...SAMPLES.map(([, code]) => code),
    ...corpusTexts('chat-prompts-dev.jsonl'),
  ];
  const withNeeds = LANGUAGE_RULES.flatMap((rule) => rule.signals.filter((s) => s[2]).map((s) => ({ language: rule.language, re: s[0], needs: s[2]! })));

  it('every match of a signal contains one of its literals', () => {
    let exercised = 0;
    for (const { re, needs } of withNeeds) {
      const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      let matched = false;
      for (const text of texts) {
        for (const m of text.matchAll(global)) {
          matched = true;
          // Case-insensitively: the literals are looked up in the lower-cased text.
          expect(needs.some((n) => m[0].toLowerCase().includes(n.toLowerCase())), `${re} matched ${JSON.stringify(m[0])}`).toBe(true);
        }
      }
      if (matched) exercised++;
    }
    // Most signals must actually match something here, or the check above proves little.
    expect(exercised).toBeGreaterThan(withNeeds.length * 0.7);
  });
});

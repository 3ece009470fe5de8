/**
 * The code block a README embeds from an example file. The README marks it with an HTML comment
 * naming the file, followed by a fenced `ts` block:
 *
 * ````md
 * <!-- example: examples/quickstart.ts -->
 * ```ts
 * …the file's content…
 * ```
 * ````
 *
 * @example
 * ```ts
 * expect(readmeExample(readme, 'examples/quickstart.ts')).toBe(exampleFile);
 * ```
 */
export function readmeExample(readme: string, file: string): string {
  const marker = `<!-- example: ${file} -->`;
  const start = readme.indexOf(marker);
  if (start < 0) throw new Error(`The README has no '${marker}' marker before the example's code block.`);
  const block = /^```ts\n([\s\S]*?)^```$/m.exec(readme.slice(start + marker.length));
  if (!block) throw new Error(`No \`\`\`ts code block follows '${marker}' in the README.`);
  return block[1] as string;
}

/** Shows a job summary (GitHub-flavoured Markdown) readably in a terminal; charts become sparklines. */
export function renderForTerminal(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```mermaid')) {
      const block: string[] = [];
      while (++i < lines.length && !lines[i]!.startsWith('```')) block.push(lines[i]!);
      out.push(...sparklines(block));
      continue;
    }
    if (/^<\/?(details|summary)>/.test(line)) {
      out.push(line.replace(/<\/?(details|summary)>/g, '').trim());
      continue;
    }
    if (/^\|[-| :]+\|$/.test(line)) continue;
    out.push(line.replace(/^#+ /, (h) => (h.length > 3 ? '  ' : '')).replace(/\*\*/g, ''));
  }
  return out.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}

const BARS = '▁▂▃▄▅▆▇█';

function sparklines(block: string[]): string[] {
  const title = /title "(.*)"/.exec(block.join('\n'))?.[1] ?? 'chart';
  const series = block
    .filter((l) => l.trim().startsWith('line ['))
    .map((l) => JSON.parse(l.trim().slice('line '.length)) as number[]);
  const max = Math.max(...series.flat(), Number.MIN_VALUE);
  return [
    `  ${title}`,
    ...series.map(
      (values, n) =>
        `  ${n === 0 ? 'value' : 'bound'} ${values.map((v) => BARS[Math.min(7, Math.round((v / max) * 7))]).join('')}`,
    ),
  ];
}

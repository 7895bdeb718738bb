/**
 * A 24x80 green screen rendered as a <pre> with input fields at row/column positions, the
 * way HTML front ends of 3270 applications (and their screen scrapers) present them.
 */
import { esc } from './html';

interface Item {
  col: number;
  html: string;
  width: number;
}

export class Screen3270 {
  private rows: Item[][] = Array.from({ length: 24 }, () => []);

  /** Protected text at row/col (1-based). */
  text(row: number, col: number, text: string): this {
    this.rows[row - 1]!.push({ col, html: esc(text.toUpperCase()), width: text.length });
    return this;
  }

  /** Unprotected input field of `length` columns. */
  input(row: number, col: number, length: number, name: string, value = '', opts: { label?: string; upper?: boolean } = {}): this {
    const v = (opts.upper === false ? value : value.toUpperCase()).slice(0, length);
    this.rows[row - 1]!.push({
      col,
      width: length,
      html: `<input type="text" class="f3270${opts.upper === false ? '' : ' up'}" name="${esc(name)}" value="${esc(v)}" size="${length}" maxlength="${length}" style="width:${length}ch"${opts.label ? ` aria-label="${esc(opts.label)}"` : ''}>`,
    });
    return this;
  }

  render(): string {
    const lines = this.rows.map((items) => {
      let out = '';
      let col = 1;
      for (const item of [...items].sort((a, b) => a.col - b.col)) {
        if (item.col > col) out += ' '.repeat(item.col - col);
        out += item.html;
        col = Math.max(col, item.col) + item.width;
      }
      return out;
    });
    return `<pre class="screen3270">${lines.join('\n')}</pre>`;
  }
}

/** MMDDYY as TRACS shows dates; blank dates are six zeros. */
export function mmddyy(iso: string | undefined): string {
  if (!iso) return '000000';
  return `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(2, 4)}`;
}

export function mmddyyyy(iso: string | undefined): string {
  if (!iso) return '';
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
}

// A growable, append-only list of entry ids: one per bigram. Ids only grow (a re-indexed record
// gets a new id), so each list stays sorted without work, at four bytes an id.
export class Postings {
  private list = new Int32Array(4);
  length = 0;

  push(id: number): void {
    if (this.length === this.list.length) {
      const grown = new Int32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    this.list[this.length++] = id;
  }

  ids(): Iterable<number> {
    return this.list.subarray(0, this.length);
  }
}

import { ReportSession } from '../kracht';

/** How many documents keep their session: the ones a coach switches between; others are read afresh. */
const kept = 8;

/** The analysis sessions of the open documents, by URI, the most recently analysed last. */
export class Sessions {
  private readonly byUri = new Map<string, ReportSession>();

  /** The document's session, made when it is first analysed. */
  of(uri: string): ReportSession {
    let session = this.byUri.get(uri);
    if (session) this.byUri.delete(uri);
    else session = new ReportSession();
    this.byUri.set(uri, session);
    if (this.byUri.size > kept) this.byUri.delete(this.byUri.keys().next().value!);
    return session;
  }

  /** Drops a closed document's session, and with it all it kept. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  get size(): number {
    return this.byUri.size;
  }
}

/**
 * Open…'s "Keep repeated edges apart": off by default (repeated edges merge
 * into one relation with a count and summed weight, as Gephi does), kept in
 * localStorage so the choice holds for the next file and after a reload.
 */
const KEY = 'parley:keep-repeated';

export function keepRepeatedApart(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage blocked: the default
  }
}

export function setKeepRepeatedApart(keep: boolean): void {
  try {
    if (keep) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  } catch {
    // storage blocked: the choice lasts until the panel closes
  }
}

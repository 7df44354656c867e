/** Where `?data=` points, or why the app will not read it, in words for the user. */
export type DatasetAddress = { ok: true; url: URL } | { ok: false; message: string };

/**
 * The address a `?data=` parameter names, resolved against the page. Only an http(s) address on the
 * page's own origin is read, so the app never calls another site. Comparing origins alone is not
 * enough: on a page opened from disk the origin is "null", and so is that of every data:, blob: and
 * javascript: address.
 */
export function datasetAddress(requested: string, page: Pick<Location, 'href' | 'origin'>): DatasetAddress {
  let url: URL;
  try {
    url = new URL(requested, page.href);
  } catch {
    return {
      ok: false,
      message:
        'is not a web address; a link to a dataset names a file in Supply Lines’ own folder, such as ?data=network.json',
    };
  }
  const webPage = /^https?:$/.test(new URL(page.href).protocol);
  if (!webPage)
    return { ok: false, message: 'cannot be read by a page opened from disk; open the file with Import data instead' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return {
      ok: false,
      message: `is a ${url.protocol} address; Supply Lines only opens data files from its own folder`,
    };
  if (url.origin !== page.origin)
    return { ok: false, message: 'is on another site; Supply Lines only opens data from its own folder' };
  return { ok: true, url };
}

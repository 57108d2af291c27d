/**
 * Headers as a plain object for logs, with credentials replaced. The value is dropped whole
 * (not truncated), so no prefix of a key ever reaches a log line.
 */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = /^(authorization|cookie|set-cookie|x-api-key)$/i.test(name) ? "[redacted]" : value;
  });
  return out;
}

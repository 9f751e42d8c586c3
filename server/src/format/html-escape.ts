/** Escapes text for HTML and SVG content and attribute values: a report holding `<script>` shows as text. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/gu,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );
}

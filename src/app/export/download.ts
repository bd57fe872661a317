/** Hands a file to the reader: an object URL and a temporary `<a download>`. */
export function saveFile(content: Blob | string, fileName: string, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

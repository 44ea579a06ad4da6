/**
 * Hands a text file to the person as a download (« Ajouter à mon agenda », « Télécharger les
 * données »). Browser-only: call it from an event handler, never during render, so that server
 * rendering never reaches `document`.
 */
export function downloadTextFile(fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the object URL after the click handler has returned.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 30_000);
}

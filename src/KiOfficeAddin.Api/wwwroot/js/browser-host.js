// The browser preview: the text area is the document. How a newcomer first sees the pane.

export function createBrowserHost() {
  const source = document.getElementById("source-text");
  return {
    kind: "browser",
    name: "Browservorschau",
    channel: "word",
    sourceHint: "Browservorschau: Geben Sie einen Text ein oder fügen Sie ihn ein. In Word oder Outlook kommt der Text aus dem Dokument oder der Mail.",
    loadLabel: null,
    defaultTemplate: null,
    supports: { trackChanges: false, comment: false, restore: true },
    original: null,
    async readSource() {
      return source.value;
    },
    async insert(text) {
      this.original = source.value;
      source.value = text;
      return "Der Vorschlag steht jetzt im Textfeld der Browservorschau. In Word oder Outlook käme er mit Kennzeichnung ins Dokument.";
    },
    async restore() {
      if (this.original !== null) source.value = this.original;
      this.original = null;
      return "Der ursprüngliche Text steht wieder im Textfeld.";
    },
  };
}

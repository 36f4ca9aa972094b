// Outlook: read mode drafts a reply to the citizen's mail (opened in a reply form, never sent); compose mode replaces
// the selection or the draft and sets the AI header. A label for a reply opened from read mode waits in localStorage
// until the pane is opened in that reply.
import { HostError } from "./host.js";
import { mailHeader, mailHeaderValue } from "./labelling.js";

const pendingKey = "ki-assistent.pending-label";
const pendingMaxAgeMs = 30 * 60 * 1000;
const replyFormLimit = 32 * 1024;

function call(start) {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new HostError("Outlook hat die Aktion abgelehnt",
        "Bitte versuchen Sie es erneut. Wenn es wieder scheitert, kopieren Sie den Vorschlag und fügen Sie ihn selbst ein."));
    });
  });
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const toHtml = (text) => escapeHtml(text).replace(/\r?\n/g, "<br>");

export function createOutlookHost() {
  const item = Office.context.mailbox.item;
  const compose = typeof item.body.setAsync === "function";
  const canSetHeader = compose && Office.context.requirements.isSetSupported("Mailbox", "1.8") && item.internetHeaders;
  let sourceMode = "body";

  async function setHeader(label) {
    if (canSetHeader) {
      await call((done) => item.internetHeaders.setAsync({ [mailHeader]: mailHeaderValue(label) }, done));
    }
  }

  return {
    kind: compose ? "outlook-compose" : "outlook-read",
    name: compose ? "Outlook – Verfassen" : "Outlook – Lesen",
    channel: "outlook",
    sourceHint: compose
      ? "Markieren Sie einen Abschnitt Ihres Entwurfs oder laden Sie den ganzen Entwurf."
      : "Die Nachricht der Bürgerin oder des Bürgers wird geladen; die KI entwirft eine Antwort.",
    loadLabel: compose ? "Markierung oder Entwurf laden" : "Nachricht laden",
    defaultTemplate: compose ? null : "reply",
    supports: { trackChanges: false, comment: false, restore: false },

    async readSource() {
      if (compose) {
        const selected = await call((done) => item.getSelectedDataAsync(Office.CoercionType.Text, done));
        if (selected?.data?.trim()) {
          sourceMode = "selection";
          return selected.data;
        }
      }
      sourceMode = "body";
      const body = await call((done) => item.body.getAsync(Office.CoercionType.Text, done));
      if (!body?.trim()) {
        throw new HostError("Kein Text gefunden", compose
          ? "Der Entwurf ist leer. Schreiben Sie Stichpunkte in den Entwurf oder in das Textfeld und versuchen Sie es erneut."
          : "Die Nachricht enthält keinen Text, den die KI lesen kann.");
      }
      return body;
    },

    async insert(text, label, { closingLine }) {
      const full = closingLine ? `${text}\n\n${closingLine}` : text;
      if (!compose) {
        const htmlBody = toHtml(full);
        if (htmlBody.length > replyFormLimit) {
          throw new HostError("Entwurf zu lang für das Antwortfenster",
            "Outlook öffnet Antworten bis 32 KB. Bitte kürzen Sie den Vorschlag oder kopieren Sie ihn in eine Antwort.");
        }
        localStorage.setItem(pendingKey, JSON.stringify({ label, at: Date.now() }));
        if (typeof item.displayReplyFormAsync === "function") {
          await call((done) => item.displayReplyFormAsync({ htmlBody }, done));
        } else {
          item.displayReplyForm(htmlBody);
        }
        return "Die Antwort wurde als Entwurf geöffnet, nichts wurde gesendet. Öffnen Sie den KI-Assistenten im Antwortfenster, um die Kennzeichnung (Kopfzeile) zu setzen.";
      }
      if (sourceMode === "selection") {
        await call((done) => item.body.setSelectedDataAsync(full, { coercionType: Office.CoercionType.Text }, done));
      } else {
        await call((done) => item.body.setAsync(full, { coercionType: Office.CoercionType.Text }, done));
      }
      await setHeader(label);
      return "Der Text steht im Entwurf und ist als KI-unterstützt gekennzeichnet. Nichts wurde gesendet oder gespeichert.";
    },

    /** A label waiting from a reply opened in read mode, if this is a compose window. */
    pendingLabel() {
      if (!compose) return null;
      try {
        const pending = JSON.parse(localStorage.getItem(pendingKey) ?? "null");
        return pending && Date.now() - pending.at < pendingMaxAgeMs ? pending.label : null;
      } catch {
        return null;
      }
    },

    async applyPendingLabel(label) {
      await setHeader(label);
      localStorage.removeItem(pendingKey);
      return "Die Kennzeichnung „KI-unterstützt“ wurde im Entwurf gesetzt.";
    },
  };
}

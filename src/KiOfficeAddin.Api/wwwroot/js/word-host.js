// Word: the selection is the source; insertion replaces it inside a labelled content control. The selection's OOXML is
// kept so that "Original wiederherstellen" puts back the exact formatting.
import { HostError } from "./host.js";
import { contentControlTag, contentControlTitle, documentProperties, propertyNames } from "./labelling.js";

const normalize = (text) => (text ?? "").replace(/\r\n?/g, "\n").trim();

export function createWordHost() {
  const supported = (version) => Office.context.requirements.isSetSupported("WordApi", version);
  let original = null; // { text, ooxml } of the selection that was loaded
  let insertedControlId = null;

  return {
    kind: "word",
    name: "Word",
    channel: "word",
    sourceHint: "Markieren Sie im Dokument den Abschnitt und wählen Sie „Markierten Text laden“.",
    loadLabel: "Markierten Text laden",
    defaultTemplate: null,
    supports: { trackChanges: supported("1.4"), comment: supported("1.4"), restore: true },

    async readSource() {
      return Word.run(async (context) => {
        const range = context.document.getSelection();
        range.load("text");
        const ooxml = range.getOoxml();
        await context.sync();
        if (!normalize(range.text)) {
          throw new HostError("Kein Text markiert", "Bitte markieren Sie im Dokument den Abschnitt, den die KI bearbeiten soll, und laden Sie ihn erneut.");
        }
        original = { text: range.text, ooxml: ooxml.value };
        insertedControlId = null;
        return range.text;
      });
    },

    async insert(text, label, { trackChanges, comment }) {
      return Word.run(async (context) => {
        const document = context.document;
        const selection = document.getSelection();
        selection.load("text");
        await context.sync();
        // The user may have clicked elsewhere since loading: never overwrite a different passage.
        if (original && normalize(selection.text) !== normalize(original.text)) {
          throw new HostError("Markierung hat sich geändert",
            "Im Dokument ist nicht mehr der geladene Abschnitt markiert. Bitte markieren Sie ihn erneut und wählen Sie dann „Übernehmen“.");
        }
        if (trackChanges) {
          document.changeTrackingMode = "TrackAll";
        }
        const range = selection.insertText(text, "Replace");
        const control = range.insertContentControl();
        control.tag = contentControlTag;
        control.title = contentControlTitle(label);
        control.appearance = "BoundingBox";
        control.load("id");
        const properties = document.properties.customProperties;
        for (const [name, value] of documentProperties(label)) {
          properties.add(name, value);
        }
        if (comment) {
          control.getRange("Whole").insertComment(`KI-unterstützt erstellt (Modell ${label.model}), ${label.reviewStatus === "reviewed" ? "geprüft" : "ungeprüft"} am ${new Date().toLocaleDateString("de-DE")}.`);
        }
        await context.sync();
        insertedControlId = control.id;
        return trackChanges
          ? "Der Text wurde als nachverfolgte Änderung eingefügt und als „KI-unterstützt erstellt“ gekennzeichnet. Das Dokument wurde nicht gespeichert."
          : "Der Text wurde eingefügt und als „KI-unterstützt erstellt“ gekennzeichnet. Das Dokument wurde nicht gespeichert.";
      });
    },

    async restore() {
      if (!original || insertedControlId === null) {
        throw new HostError("Nichts wiederherzustellen", "Es wurde noch kein Vorschlag in dieses Dokument übernommen.");
      }
      return Word.run(async (context) => {
        const document = context.document;
        const control = document.contentControls.getById(insertedControlId);
        control.insertOoxml(original.ooxml, "Replace");
        control.delete(true);
        const remaining = document.contentControls.getByTag(contentControlTag);
        remaining.load("items");
        await context.sync();
        if (remaining.items.length === 0) {
          // No AI text left in the document: its label properties would now be wrong.
          const properties = document.properties.customProperties;
          const existing = propertyNames.map((name) => properties.getItemOrNullObject(name));
          existing.forEach((item) => item.load("isNullObject"));
          await context.sync();
          existing.filter((item) => !item.isNullObject).forEach((item) => item.delete());
          await context.sync();
        }
        insertedControlId = null;
        return "Der ursprüngliche Text mit seiner Formatierung steht wieder im Dokument.";
      });
    },
  };
}

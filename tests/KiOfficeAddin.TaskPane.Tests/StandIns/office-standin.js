// A stand-in for Office.js in Word or Outlook, injected by the browser tests before the page's scripts run.
// It holds a document or a mail in window.__office and records every call, so tests assert on the resulting state.
// Word proxies follow the real batching rule: loaded properties are readable only after context.sync().
(() => {
  const setup = window.__officeStandInSetup;
  const calls = [];
  const record = (name, ...args) => calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
  const office = { calls };
  window.__office = office;
  const unsupported = new Set(setup.unsupportedSets ?? []);

  const Office = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    CoercionType: { Text: "text", Html: "html", Ooxml: "ooxml" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: () => Promise.resolve({ host: setup.host, platform: "OfficeOnline" }),
    context: {
      requirements: { isSetSupported: (name, version) => !unsupported.has(`${name} ${version}`) },
    },
  };
  window.Office = Office;

  const escapeXml = (t) => t.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]);
  const unescapeXml = (t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

  if (setup.host === "Word") {
    const text = setup.word.text;
    const selected = setup.word.selection ?? text;
    const start = text.indexOf(selected);
    const doc = {
      text,
      selection: { start, end: start + selected.length },
      formatting: setup.word.formatting ?? "<w:b/>",
      contentControls: [],
      customProperties: {},
      comments: [],
      changeTrackingMode: "Off",
    };
    office.document = doc;
    let nextControlId = 1;

    const replace = (from, to, inserted) => {
      const delta = inserted.length - (to - from);
      doc.text = doc.text.slice(0, from) + inserted + doc.text.slice(to);
      for (const control of doc.contentControls) {
        if (control.start >= to) { control.start += delta; control.end += delta; }
        else if (control.end >= to) { control.end += delta; }
      }
      return { start: from, end: from + inserted.length };
    };

    const run = async (batch) => {
      const pending = [];
      const loadable = (target, compute) => {
        const values = {};
        target.load = (names) => {
          pending.push(() => Object.assign(values, compute()));
          return target;
        };
        return (name) => {
          if (!(name in values)) throw new Error(`PropertyNotLoaded: ${name} (call load() and context.sync() first)`);
          return values[name];
        };
      };
      const clientResult = (compute) => {
        let value;
        let ready = false;
        pending.push(() => { value = compute(); ready = true; });
        return { get value() { if (!ready) throw new Error("PropertyNotLoaded: value"); return value; } };
      };

      const rangeProxy = (span) => {
        const range = {};
        const get = loadable(range, () => ({ text: doc.text.slice(span.start, span.end) }));
        Object.defineProperty(range, "text", { get: () => get("text") });
        range.getOoxml = () => {
          record("range.getOoxml");
          return clientResult(() => `<pkg:package><w:p><w:r><w:rPr>${doc.formatting}</w:rPr><w:t>${escapeXml(doc.text.slice(span.start, span.end))}</w:t></w:r></w:p></pkg:package>`);
        };
        range.insertText = (inserted, location) => {
          record("range.insertText", inserted, location);
          if (location !== "Replace") throw new Error(`stand-in supports Replace only, got ${location}`);
          const next = replace(span.start, span.end, inserted);
          doc.selection = { ...next };
          return rangeProxy(next);
        };
        range.insertContentControl = () => {
          record("range.insertContentControl");
          const control = { id: nextControlId++, start: span.start, end: span.end, tag: "", title: "", appearance: "" };
          doc.contentControls.push(control);
          return controlProxy(control);
        };
        range.insertComment = (comment) => {
          record("range.insertComment", comment);
          doc.comments.push({ text: comment, anchor: doc.text.slice(span.start, span.end) });
          return {};
        };
        return range;
      };

      const controlProxy = (control) => {
        const proxy = {};
        const get = loadable(proxy, () => ({ id: control.id, text: doc.text.slice(control.start, control.end) }));
        Object.defineProperty(proxy, "id", { get: () => get("id") });
        Object.defineProperty(proxy, "text", { get: () => get("text") });
        for (const name of ["tag", "title", "appearance"]) {
          Object.defineProperty(proxy, name, {
            get: () => control[name],
            set: (value) => { record(`contentControl.${name}`, value); control[name] = value; },
          });
        }
        proxy.getRange = () => rangeProxy(control);
        proxy.insertOoxml = (ooxml, location) => {
          record("contentControl.insertOoxml", ooxml, location);
          const restored = [...ooxml.matchAll(/<w:t>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1])).join("");
          const next = replace(control.start, control.end, restored);
          control.end = next.end;
          control.restoredFromOoxml = true;
          return rangeProxy(next);
        };
        proxy.delete = (keepContent) => {
          record("contentControl.delete", keepContent);
          if (!keepContent) replace(control.start, control.end, "");
          doc.contentControls.splice(doc.contentControls.indexOf(control), 1);
        };
        return proxy;
      };

      const customProperties = {
        add: (key, value) => { record("customProperties.add", key, value); doc.customProperties[key] = value; },
        getItemOrNullObject: (key) => {
          const item = {};
          const get = loadable(item, () => ({ isNullObject: !(key in doc.customProperties), value: doc.customProperties[key] }));
          Object.defineProperty(item, "isNullObject", { get: () => get("isNullObject") });
          item.delete = () => { record("customProperty.delete", key); delete doc.customProperties[key]; };
          return item;
        },
      };

      const contentControls = {
        getById: (id) => {
          const control = doc.contentControls.find((c) => c.id === id);
          if (!control) throw new Error(`ItemNotFound: content control ${id}`);
          return controlProxy(control);
        },
        getByTag: (tag) => {
          const collection = {};
          const get = loadable(collection, () => ({ items: doc.contentControls.filter((c) => c.tag === tag).map(controlProxy) }));
          Object.defineProperty(collection, "items", { get: () => get("items") });
          return collection;
        },
      };

      const documentProxy = {
        getSelection: () => rangeProxy({ ...doc.selection }),
        properties: { customProperties },
        contentControls,
      };
      Object.defineProperty(documentProxy, "changeTrackingMode", {
        get: () => doc.changeTrackingMode,
        set: (mode) => { record("document.changeTrackingMode", mode); doc.changeTrackingMode = mode; },
      });

      const context = {
        document: documentProxy,
        sync: async () => { record("context.sync"); for (const step of pending.splice(0)) step(); },
      };
      return batch(context);
    };
    window.Word = { run };
  }

  if (setup.host === "Outlook") {
    const mail = {
      mode: setup.mail.mode,
      body: setup.mail.body,
      selection: setup.mail.selection ?? "",
      headers: {},
      replyForms: [],
    };
    office.mail = mail;
    const succeed = (callback, value) => setTimeout(() => callback?.({ status: "succeeded", value }), 0);
    const lastFunction = (args) => [...args].reverse().find((a) => typeof a === "function");

    const item = { itemType: "message", body: {} };
    item.body.getAsync = function (coercionType, ...rest) {
      record("body.getAsync", coercionType);
      succeed(lastFunction(rest), mail.body);
    };
    if (mail.mode === "read") {
      item.subject = setup.mail.subject ?? "Anfrage";
      item.displayReplyFormAsync = function (formData, ...rest) {
        record("item.displayReplyFormAsync", formData);
        mail.replyForms.push(formData);
        succeed(lastFunction(rest));
      };
      item.displayReplyForm = (formData) => { record("item.displayReplyForm", formData); mail.replyForms.push(formData); };
    } else {
      item.subject = { getAsync: (callback) => succeed(callback, setup.mail.subject ?? "") };
      item.getSelectedDataAsync = function (coercionType, ...rest) {
        record("item.getSelectedDataAsync", coercionType);
        succeed(lastFunction(rest), { data: mail.selection, sourceProperty: "body" });
      };
      item.body.setAsync = function (data, ...rest) {
        record("body.setAsync", data, typeof rest[0] === "object" ? rest[0] : null);
        mail.body = data;
        succeed(lastFunction(rest));
      };
      item.body.setSelectedDataAsync = function (data, ...rest) {
        record("body.setSelectedDataAsync", data, typeof rest[0] === "object" ? rest[0] : null);
        if (mail.selection && mail.body.includes(mail.selection)) mail.body = mail.body.replace(mail.selection, data);
        else mail.body += data;
        mail.selection = "";
        succeed(lastFunction(rest));
      };
      item.internetHeaders = {
        setAsync: function (headers, ...rest) {
          record("internetHeaders.setAsync", headers);
          Object.assign(mail.headers, headers);
          succeed(lastFunction(rest));
        },
      };
    }
    Office.context.mailbox = { item, diagnostics: { hostName: "Outlook" } };
  }
})();

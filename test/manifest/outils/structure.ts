/**
 * Vérification structurelle du manifeste (ce que le XSD ne sait pas dire) : GUID, URL https d'une
 * seule origine, resid résolus vers le bon type de ressource, traductions en-US, exigences,
 * bouton du ruban. Nécessite `DOMParser` (environnement jsdom). Renvoie la liste des problèmes.
 */
const NS_OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TAILLES_ICONES = ["16", "32", "80"];

type Sorte = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Sorte de ressource attendue pour un élément qui porte un `resid`. */
const SORTE_PAR_ELEMENT: Record<string, Sorte> = {
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
  Image: "Images",
  FunctionFile: "Urls",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
};

const enfants = (e: Element, ns: string, nom: string): Element[] =>
  Array.from(e.children).filter((c) => c.namespaceURI === ns && c.localName === nom);

function origineDe(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export interface ManifesteLu {
  readonly problemes: string[];
  /** Toutes les URL du manifeste (attributs DefaultValue/Value en http(s), AppDomain). */
  readonly urls: string[];
}

export function verifierManifeste(xml: string): ManifesteLu {
  const problemes: string[] = [];
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const racine = doc.documentElement;
  if (doc.getElementsByTagName("parsererror").length > 0 || racine.localName !== "OfficeApp") {
    return { problemes: ["XML mal formé ou racine autre que OfficeApp."], urls: [] };
  }
  const texte = (nom: string) => enfants(racine, NS_OFFICE, nom)[0]?.textContent?.trim() ?? "";
  const valeur = (nom: string) => enfants(racine, NS_OFFICE, nom)[0]?.getAttribute("DefaultValue");

  if (!GUID.test(texte("Id"))) problemes.push(`Id « ${texte("Id")} » n'est pas un GUID.`);
  if (texte("DefaultLocale") !== "fr-FR") problemes.push("DefaultLocale doit valoir fr-FR.");
  if (texte("Permissions") !== "ReadWriteDocument")
    problemes.push(
      "Permissions doit valoir ReadWriteDocument (le complément écrit dans le classeur).",
    );
  const hotes = Array.from(doc.getElementsByTagNameNS(NS_OFFICE, "Host")).map((h) =>
    h.getAttribute("Name"),
  );
  if (hotes.join() !== "Workbook") problemes.push("Le seul hôte déclaré doit être Workbook.");
  const excelApi = Array.from(doc.getElementsByTagNameNS(NS_OFFICE, "Set")).find(
    (s) => s.getAttribute("Name") === "ExcelApi",
  );
  if (excelApi?.getAttribute("MinVersion") !== "1.9")
    problemes.push("L'exigence ExcelApi doit être en version 1.9.");

  // Traductions : chaque texte localisable a sa version en-US.
  const localisables = [
    ...["DisplayName", "Description"].flatMap((n) => enfants(racine, NS_OFFICE, n)),
    ...Array.from(doc.getElementsByTagNameNS(NS_BT, "String")),
  ];
  for (const e of localisables) {
    const locales = Array.from(e.children)
      .filter((c) => c.localName === "Override")
      .map((c) => c.getAttribute("Locale"));
    if (!locales.includes("en-US"))
      problemes.push(`${e.getAttribute("id") ?? e.localName} : traduction en-US manquante.`);
  }

  // Ressources et resid.
  const ressources = new Map<string, { sorte: Sorte; valeur: string }>();
  for (const sorte of ["Images", "Urls", "ShortStrings", "LongStrings"] as const) {
    for (const bloc of Array.from(doc.getElementsByTagNameNS(NS_BT, sorte))) {
      for (const r of Array.from(bloc.children)) {
        const id = r.getAttribute("id") ?? "";
        if (ressources.has(id)) problemes.push(`Ressource « ${id} » déclarée deux fois.`);
        ressources.set(id, { sorte, valeur: r.getAttribute("DefaultValue") ?? "" });
      }
    }
  }
  const utilisees = new Set<string>();
  for (const e of Array.from(doc.getElementsByTagName("*"))) {
    const resid = e.getAttribute("resid");
    if (resid === null) continue;
    utilisees.add(resid);
    const attendue = SORTE_PAR_ELEMENT[e.localName];
    const trouvee = ressources.get(resid);
    if (!trouvee)
      problemes.push(`resid « ${resid} » (${e.localName}) ne correspond à aucune ressource.`);
    else if (attendue && trouvee.sorte !== attendue)
      problemes.push(
        `resid « ${resid} » (${e.localName}) devrait désigner une ressource ${attendue}.`,
      );
  }
  for (const id of ressources.keys())
    if (!utilisees.has(id)) problemes.push(`Ressource « ${id} » jamais utilisée.`);

  // URL : toutes en https, toutes sur l'origine du volet.
  const urls: string[] = [];
  for (const e of Array.from(doc.getElementsByTagName("*"))) {
    for (const a of ["DefaultValue", "Value"]) {
      const v = e.getAttribute(a);
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (e.localName === "AppDomain") urls.push(e.textContent?.trim() ?? "");
  }
  const source = enfants(racine, NS_OFFICE, "DefaultSettings")[0]
    ?.getElementsByTagNameNS(NS_OFFICE, "SourceLocation")[0]
    ?.getAttribute("DefaultValue");
  const origine = source ? origineDe(source) : undefined;
  if (!origine) problemes.push("DefaultSettings/SourceLocation absente ou invalide.");
  for (const u of urls) {
    if (!u.startsWith("https://")) problemes.push(`URL non https : ${u}`);
    else if (origine && origineDe(u) !== origine)
      problemes.push(`URL hors de l'origine du volet (${origine}) : ${u}`);
  }
  if (!valeur("IconUrl") || !valeur("HighResolutionIconUrl"))
    problemes.push("IconUrl et HighResolutionIconUrl sont obligatoires.");

  // Ruban : un bouton « Diagnostic CPOM » dans l'onglet Accueil, qui ouvre le volet.
  const boutons = Array.from(doc.getElementsByTagNameNS(NS_OV, "OfficeTab"))
    .filter((t) => t.getAttribute("id") === "TabHome")
    .flatMap((t) => Array.from(t.getElementsByTagNameNS(NS_OV, "Control")));
  const libelle = (b: Element) =>
    ressources.get(enfants(b, NS_OV, "Label")[0]?.getAttribute("resid") ?? "")?.valeur;
  const bouton = boutons.find((b) => libelle(b) === "Diagnostic CPOM");
  if (!bouton) problemes.push("Aucun bouton « Diagnostic CPOM » dans l'onglet Accueil (TabHome).");
  else {
    const action = enfants(bouton, NS_OV, "Action")[0];
    const cible = action && enfants(action, NS_OV, "SourceLocation")[0]?.getAttribute("resid");
    if (
      action?.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") !== "ShowTaskpane"
    )
      problemes.push("Le bouton « Diagnostic CPOM » doit ouvrir le volet (ShowTaskpane).");
    else if (ressources.get(cible ?? "")?.valeur !== source)
      problemes.push("Le bouton doit ouvrir la même page que DefaultSettings/SourceLocation.");
  }
  for (const icone of Array.from(doc.getElementsByTagNameNS(NS_OV, "Icon"))) {
    const tailles = Array.from(icone.children).map((i) => i.getAttribute("size"));
    for (const t of TAILLES_ICONES)
      if (!tailles.includes(t)) problemes.push(`Une icône du ruban n'a pas la taille ${t} px.`);
  }
  return { problemes, urls };
}

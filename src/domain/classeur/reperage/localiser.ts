import { TYPES_AXES } from "../catalogue/listes";
import type { DiagnosticRepere } from "../modele";
import type { WorkbookSnapshot } from "../snapshot";
import type { OngletReconnu, TypeOnglet } from "../types-onglet";
import { typerClasseur } from "../typage/classeur";
import { repererAccueil } from "./accueil";
import { reperer1 } from "./annexe-1";
import { repererAxe } from "./axes";
import { reperer2D } from "./complementaires-2d";
import { reperer2F } from "./creton-2f";
import { Feuille } from "./feuille";
import { localiserFiches } from "./fiches/localiser-fiches";
import { reperer2E } from "./financier-2e";
import type { Avertir } from "./localiser-types";
import { rendreRepere } from "./messages-reperage";
import { repererTableauEsms } from "./tableau-esms";

/**
 * Repérage de toutes les zones du Diagnostic par libellés et remplissage bleu (jamais par adresse).
 * Un seul onglet par type est lu : celui qui fait foi (les doublons sont ignorés et signalés). Les
 * feuilles générées de l'Annexe 4 (fiches-objectifs, suivi) sont lues sur les onglets reconnus de
 * leur type, doublons compris (`generees`, `localiserFiches`).
 */

const AXES: readonly TypeOnglet[] = TYPES_AXES;

export function localiser(
  snapshot: WorkbookSnapshot,
  onglets: readonly OngletReconnu[],
): DiagnosticRepere {
  const avertissements: { sheetId: string; message: string }[] = [];
  const typage = typerClasseur(snapshot);
  const retenus = onglets.filter((o) => o.type !== "inconnu" && o.doublonDe === undefined);
  const feuille = (type: TypeOnglet) => {
    const o = retenus.find((x) => x.type === type);
    const sheet = o && snapshot.sheets.find((s) => s.id === o.sheetId);
    return o && sheet ? new Feuille(sheet, o, typage.feuille(sheet)) : undefined;
  };
  const avertir =
    (f: Feuille): Avertir =>
    (message) =>
      avertissements.push({ sheetId: f.sheet.id, message });
  const avec = <T>(type: TypeOnglet, lire: (f: Feuille, a: Avertir) => T): T | undefined => {
    const f = feuille(type);
    return f ? lire(f, avertir(f)) : undefined;
  };
  for (const o of onglets) {
    if (o.doublonDe !== undefined) {
      const premier = onglets.find((x) => x.sheetId === o.doublonDe);
      avertissements.push({
        sheetId: o.sheetId,
        message: rendreRepere({
          code: "onglet/copie",
          params: { nom: o.nom, original: premier?.nom ?? "?" },
        }),
      });
    }
  }
  const annexe1 = avec("annexe-1", reperer1);
  const flash2b = avec("flash-2b", repererTableauEsms);
  const anap2c = avec("anap-2c", repererTableauEsms);
  const complementaires2d = avec("complementaires-2d", reperer2D);
  const financier2e = avec("financier-2e", reperer2E);
  const creton2f = avec("creton-2f", reperer2F);
  const departementaux2g = avec("departementaux-2g", repererTableauEsms);
  const accueil = avec("accueil", repererAccueil);
  const axes = AXES.flatMap((t) => {
    const a = avec(t, repererAxe);
    return a ? [a] : [];
  });
  const generees = localiserFiches(snapshot, onglets);
  return {
    onglets,
    axes,
    generees,
    avertissements,
    ...(accueil ? { accueil } : {}),
    ...(annexe1 ? { annexe1 } : {}),
    ...(flash2b ? { flash2b } : {}),
    ...(anap2c ? { anap2c } : {}),
    ...(complementaires2d ? { complementaires2d } : {}),
    ...(financier2e ? { financier2e } : {}),
    ...(creton2f ? { creton2f } : {}),
    ...(departementaux2g ? { departementaux2g } : {}),
  };
}

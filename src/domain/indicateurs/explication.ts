import { formaterDistinct, formaterNombre, LIBELLES_RAISON, nombreDeCondition } from "./format";
import { rendreIndicateur } from "./messages";
import type { EntreeResultat, Instance, Raison, Unite } from "./types";

/**
 * L'explication d'un résultat d'indicateur (formule en mots, entrées lues, résultat, notes), en
 * français par le catalogue des indicateurs. Écrite à la première lecture du résultat
 * (`Resultat`, moteur.ts), jamais au calcul.
 */
export function expliquer(
  instance: Instance,
  libelle: string,
  lues: readonly EntreeResultat[],
  valeur: number | null,
  raison: Raison | undefined,
): string {
  const def = instance.definition;
  const p = instance.perimetre;
  const ou = [p.libelle, p.exercice].filter(Boolean).join(", ");
  const uniteDe = (i: number): Unite => instance.entrees[i]?.unite ?? def.uniteEntrees ?? "nombre";
  // Assez de décimales pour que deux valeurs différentes de même unité ne s'écrivent pas pareil
  // (taux réel 2,61 % et taux autorisé 2,60 %), seuils compris.
  const seuils = def.seuils
    .map((s) => nombreDeCondition(s.condition, def.unite))
    .filter((n): n is number => n !== null);
  // Repères par unité, calculés une fois par unité (et non une fois par entrée : quadratique sur
  // un agrégat de centaines d'entrées).
  const reperes = new Map<Unite, number[]>();
  const memeUnite = (u: Unite): number[] => {
    let r = reperes.get(u);
    if (!r) {
      r = [
        ...lues.flatMap((l, i) => (l.valeur !== null && uniteDe(i) === u ? [l.valeur] : [])),
        ...(u === def.unite ? [...(valeur !== null ? [valeur] : []), ...seuils] : []),
      ];
      reperes.set(u, r);
    }
    return r;
  };
  const details = lues.map((l, i) => {
    const unite = uniteDe(i);
    const v =
      l.valeur !== null
        ? unite === "nombre"
          ? formaterNombre(l.valeur, 4, false)
          : formaterDistinct(l.valeur, unite, memeUnite(unite))
        : l.raison === "donnee-manquante"
          ? rendreIndicateur({ code: "explication/entree-vide", params: {} })
          : rendreIndicateur({
              code: "explication/entree-texte",
              params: { texte: String(l.brute ?? "") },
            });
    return rendreIndicateur(
      l.depuisTexte
        ? {
            code: "explication/entree-lue-dans-texte",
            params: { libelle: l.libelle, valeur: v, texte: String(l.brute) },
          }
        : { code: "explication/entree", params: { libelle: l.libelle, valeur: v } },
    );
  });
  const vides = lues.filter((l) => l.raison === "donnee-manquante").length;
  const resultat =
    valeur !== null
      ? formaterDistinct(valeur, def.unite, memeUnite(def.unite))
      : rendreIndicateur({
          code: "explication/non-calcule",
          params: { raison: LIBELLES_RAISON[raison ?? "donnee-manquante"] },
        });
  const notes = [
    def.agregat && vides > 0 && valeur !== null
      ? rendreIndicateur({ code: "explication/vides-ignorees", params: { vides } })
      : "",
    instance.note ?? "",
  ].filter(Boolean);
  return rendreIndicateur({
    code: "explication/calcul",
    params: {
      indicateur: libelle,
      perimetre: ou,
      formule: def.formuleEnMots,
      avec:
        details.length > 0
          ? rendreIndicateur({
              code: "explication/avec",
              params: { entrees: details.join(" ; ") },
            })
          : "",
      resultat,
      notes:
        notes.length > 0
          ? rendreIndicateur({ code: "explication/notes", params: { notes: notes.join(" ; ") } })
          : "",
    },
  });
}

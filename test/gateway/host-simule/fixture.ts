import { installerHote, type RequestContext } from "../../../src/gateway/host-simule";
import { classeurDe, feuilleDe } from "../../domain/classeur/fabrique";

/** Petit classeur : Saisie (B2 bleue vide, formule en cache), Listes masquée, Protégée. */
export function hote(options: Parameters<typeof installerHote>[1] = {}) {
  const saisie = feuilleDe(
    "Saisie",
    [
      ["Libellé", "Valeur"],
      ["Capacité", null],
      ["Total", "=B2*2"],
    ],
    { id: "s1", bleus: ["B2"], caches: { B3: 0 }, gras: ["A1"], fusions: ["A5:B5"] },
  );
  const listes = feuilleDe("Listes", [["Oui"], ["Non"]], { id: "s2", visibility: "Hidden" });
  const protegee = { ...feuilleDe("Protégée", [["x", null]], { id: "s3" }), protected: true };
  return installerHote(classeurDe([saisie, listes, protegee], { version: 1 }), options);
}

export type Lot = (ctx: RequestContext) => Promise<unknown>;
export const erreurDe = async (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as { code: string; name: string },
  );

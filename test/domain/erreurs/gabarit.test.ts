import {
  ERREURS_DOMAINE,
  ErreurDiagnostic,
  erreurDomaine,
  interpoler,
  rendu,
  type ParamsDe,
} from "../../../src/domain/erreurs";
import { MESSAGES_FICHES } from "../../../src/cli/fiches-messages";
import { verifierCatalogues } from "./catalogue-bien-forme";
import { MESSAGES_SESSION, rendreSession } from "../../../src/use-cases/session-messages";

/** Messages comme données : gabarits à paramètres typés, un rendu français par zone. */

describe("interpoler", () => {
  it.each<[string, string, Record<string, string | number>, string]>([
    ["valeur telle quelle", "Onglet « {{nom}} »", { nom: "Axe 2" }, "Onglet « Axe 2 »"],
    ["nombre", "{{n}} fois", { n: 3 }, "3 fois"],
    ["singulier pour 0", "{{n}} {{n:cellule|cellules}}", { n: 0 }, "0 cellule"],
    ["singulier pour 1", "{{n}} {{n:cellule|cellules}}", { n: 1 }, "1 cellule"],
    ["pluriel au-delà de 1", "{{n}} {{n:cellule|cellules}}", { n: 2 }, "2 cellules"],
    ["sans paramètre", "Rien à dire.", {}, "Rien à dire."],
  ])("%s", (_nom, gabarit, params, attendu) => {
    expect(interpoler(gabarit, params)).toBe(attendu);
  });

  it("un paramètre absent est une faute du programme", () => {
    expect(() => interpoler("{{nom}}", {})).toThrow(/nom/);
  });
});

describe("paramètres typés d'après le gabarit", () => {
  it("les paramètres d'un gabarit sont exigés, et eux seuls", () => {
    const r = rendu({ m: "{{a}} et {{b:un|des}}" } as const);
    const p: ParamsDe<"{{a}} et {{b:un|des}}"> = { a: "x", b: 2 };
    expect(r({ code: "m", params: p })).toBe("x et des");
    // @ts-expect-error -- « b » manque
    expect(() => r({ code: "m", params: { a: "x" } })).toThrow();
    // @ts-expect-error -- code inconnu
    r({ code: "autre", params: {} });
  });
});

verifierCatalogues([
  ["domaine", ERREURS_DOMAINE],
  ["session", MESSAGES_SESSION],
  ["fiches (CLI)", MESSAGES_FICHES],
]);

describe("ErreurDiagnostic", () => {
  it("porte le code, les paramètres et le texte rendu", () => {
    const e = erreurDomaine({ code: "classeur/type-inconnu", params: { type: "x" } });
    expect(e).toBeInstanceOf(ErreurDiagnostic);
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ code: "classeur/type-inconnu", params: { type: "x" } });
    expect(e.message).toBe("Type d'onglet inconnu : x.");
  });

  it("le rendu de la session accorde le nombre", () => {
    expect(rendreSession({ code: "fiches/feuilles", params: { feuilles: 1 } })).toBe(
      "1 feuille ajoutée (fiches, suivi, listes) ; aucune cellule existante non vide n'a été modifiée.",
    );
  });
});

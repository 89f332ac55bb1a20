import type { PlanOperation, WritePlan } from "../../src/domain/plan/types";
import { installerHote } from "../../src/gateway/host-simule";
import type { EspaceExcel } from "../../src/gateway/office/erreurs";
import { OfficeGateway } from "../../src/gateway/office/office-gateway";
import { GatewayError, type WorkbookGateway } from "../../src/gateway/port";
import { SessionDiagnostic } from "../../src/use-cases/session";
import { annexe1, axe11 } from "../domain/classeur/exemples";
import { classeurDe } from "../domain/classeur/fabrique";

/**
 * Les deux courses du volet (issue 19, ADR 0009) : une saisie juste avant « Générer les fiches
 * socle », et une relecture qui échoue après une écriture réussie.
 */

type Ecriture = Extract<PlanOperation, { kind: "setValues" }>;

function preparer() {
  const hote = installerHote(classeurDe([annexe1(), axe11()], { version: 1 }));
  const office = new OfficeGateway(hote.Excel as unknown as EspaceExcel);
  const o = {
    relectureEnPanne: false,
    panneApresEcriture: false,
    avantEcriture: null as ((p: WritePlan) => void) | null,
  };
  const gateway: WorkbookGateway = {
    readSnapshot: (r) =>
      o.relectureEnPanne
        ? Promise.reject(new GatewayError("Busy", "La connexion avec Excel a été perdue."))
        : office.readSnapshot(r),
    apply: async (p) => {
      o.avantEcriture?.(p);
      const r = await office.apply(p);
      if (o.panneApresEcriture) o.relectureEnPanne = true;
      return r;
    },
    goTo: (c, opt) => office.goTo(c, opt),
  };
  return { hote, o, session: new SessionDiagnostic(gateway, 0) };
}

const noms = (h: ReturnType<typeof installerHote>) => h.etat.feuilles().map((f) => f.name);
const idDe = (h: ReturnType<typeof installerHote>, nom: string) =>
  h.etat.feuilles().find((f) => f.name === nom)!.id;

/** Fiches socle générées, puis la clé de la dernière ligne du suivi effacée par l'utilisateur. */
async function suiviIncomplet() {
  const p = preparer();
  await p.session.charger();
  await p.session.genererFichesSocle();
  const suivi = idDe(p.hote, "Suivi des objectifs");
  const v = p.hote.etat.vue(suivi)!;
  const row = v.values.findIndex((l) => l[0] === "F3.1-I2") + v.origin.row;
  p.hote.etat.saisir(suivi, row, 0, "");
  await p.session.charger();
  return { ...p, suivi };
}

/** La première cellule qu'un plan écrit sur une feuille existante. */
function premiereCible(p: WritePlan): { sheetId: string; row: number; col: number } {
  const op = p.operations.find(
    (x): x is Ecriture => x.kind === "setValues" && "sheetId" in x.sheet,
  )!;
  const j = op.values[0]!.findIndex((v) => v !== null);
  return { sheetId: (op.sheet as { sheetId: string }).sheetId, row: op.row, col: op.col + j };
}

describe("course 1 : une saisie juste avant « Générer les fiches socle »", () => {
  it("la valeur tapée n'est pas écrasée : le plan est abandonné avec un message français", async () => {
    const { hote, o, session, suivi } = await suiviIncomplet();
    let cible: ReturnType<typeof premiereCible> | undefined;
    o.avantEcriture = (p) => {
      cible = premiereCible(p);
      const c = cible;
      // Tapée moins d'une seconde avant le clic : l'analyse du volet ne l'a pas encore vue.
      hote.pendantSync(() => hote.etat.saisir(c.sheetId, c.row, c.col, "Valeur tapée"));
    };
    const avant = noms(hote);
    expect(await session.genererFichesSocle()).toBeUndefined();
    expect(cible?.sheetId).toBe(suivi);
    const v = hote.etat.vue(suivi)!;
    expect(v.values[cible!.row - v.origin.row]![cible!.col - v.origin.col]).toBe("Valeur tapée");
    expect(noms(hote)).toEqual(avant);
    const e = session.etat();
    expect(e.erreur).toMatch(/annulée : le classeur a changé depuis l'analyse/);
    expect(e.erreur).toMatch(/Actualiser/);
    expect(e.message).toBeNull();
  });

  it("sans saisie : la ligne est ajoutée et le message le dit (plus « rien n'a été ajouté »)", async () => {
    const { session } = await suiviIncomplet();
    expect(await session.genererFichesSocle()).toBe(true);
    expect(session.etat().message).toMatch(/^1 ligne ajoutée au tableau de suivi existant/);
    expect(session.etat().message).not.toMatch(/rien n'a été ajouté/);
  });
});

describe("course 2 : relecture en échec après une écriture réussie", () => {
  it("le clic suivant n'ajoute pas une seconde fois les 8 feuilles", async () => {
    const { hote, o, session } = preparer();
    await session.charger();
    o.panneApresEcriture = true;
    expect(await session.genererFichesSocle()).toBeUndefined();
    expect(session.etat().erreur).toMatch(/8 feuilles ajoutées/);
    expect(session.etat().erreur).toMatch(/n'a pas pu être relu.*Actualiser/s);
    expect(noms(hote)).toHaveLength(10);
    o.panneApresEcriture = false;
    o.relectureEnPanne = false;
    expect(await session.genererFichesSocle()).toBe(true);
    expect(noms(hote)).toHaveLength(10);
    expect(noms(hote).some((n) => n.includes("(2)"))).toBe(false);
    expect(session.etat().message).toMatch(/existent déjà/);
  });

  it("tant que la relecture échoue, aucune écriture n'est refaite", async () => {
    const { hote, o, session } = preparer();
    await session.charger();
    o.panneApresEcriture = true;
    await session.genererFichesSocle();
    expect(await session.genererFichesSocle()).toBeUndefined();
    expect(noms(hote)).toHaveLength(10);
    expect(session.etat().erreur).toMatch(/connexion avec Excel a été perdue/);
  });
});

describe("« Aller à » un onglet masqué", () => {
  it("demande avant d'afficher ; rien n'est affiché sans accord", async () => {
    const { hote, session } = preparer();
    await session.charger();
    const id = idDe(hote, "Axe 1-1");
    await hote.Excel.run(async (ctx) => {
      const f = ctx.workbook.worksheets.getItem(id) as unknown as { visibility: string };
      f.visibility = "Hidden";
      await ctx.sync();
    });
    await session.charger();
    await session.allerA({ sheetId: id, sheetName: "Axe 1-1", row: 2, col: 1 });
    expect(session.etat().demandeAffichage?.message).toMatch(/« Axe 1-1 » est masqué\. L'afficher/);
    expect(hote.etat.feuilles().find((f) => f.id === id)?.visibility).toBe("Hidden");
    session.annulerAffichage();
    expect(session.etat().demandeAffichage).toBeNull();
    expect(hote.etat.feuilles().find((f) => f.id === id)?.visibility).toBe("Hidden");
    await session.allerA({ sheetId: id, sheetName: "Axe 1-1", row: 2, col: 1 });
    await session.confirmerAffichage();
    expect(hote.etat.feuilles().find((f) => f.id === id)).toMatchObject({
      visibility: "Visible",
      active: true,
    });
    expect(session.etat().erreur).toBeNull();
  });
});

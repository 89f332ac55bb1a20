import { installerHote, RichApiError } from "../../../src/gateway/host-simule";
import type { EspaceExcel } from "../../../src/gateway/office/erreurs";
import { MESSAGES_ERREURS } from "../../../src/gateway/office/messages-erreurs";
import { OfficeGateway } from "../../../src/gateway/office/office-gateway";
import { GatewayError } from "../../../src/gateway/port";
import { classeurDe, feuilleDe } from "../../domain/classeur/fabrique";
import { sansGarde } from "../outils/sans-garde";

/**
 * Chaque code d'erreur d'Office.js que le complément peut rencontrer, injecté dans l'hôte simulé
 * (levé au `sync`, objet `RichApi.Error` avec code, message, debugInfo), devient une
 * `GatewayError` au message français qui dit quoi faire.
 */

const CODES = Object.keys(MESSAGES_ERREURS);
// Avec `delayForCellEdit` (toujours passé par la passerelle), Excel attend la fin de la saisie au
// lieu de lever `InvalidOperationInCellEditMode` : sa traduction est testée à part
// (office-gateway.test.ts, traduction des erreurs).
const VIA_PASSERELLE = CODES.filter((c) => c !== "InvalidOperationInCellEditMode");
const PROCHAINE_ETAPE =
  /réessayez|Actualiser|mettez Excel à jour|Retirez la protection|Terminez la saisie|signalez|rechargez|effacez|annulez la fusion|choisissez|cliquez|libérez|patientez/i;

function passerelle() {
  const h = installerHote(classeurDe([feuilleDe("Saisie", [["a", null]], { id: "s1" })]));
  return { ...h, g: new OfficeGateway(h.Excel as unknown as EspaceExcel) };
}

describe("codes d'erreur d'Office.js → messages français (injection dans l'hôte simulé)", () => {
  it("la liste couvre les codes demandés par l'issue 19", () => {
    expect(CODES).toEqual(
      expect.arrayContaining([
        "InvalidArgument",
        "AccessDenied",
        "ItemNotFound",
        "GeneralException",
        "RequestPayloadSizeLimitExceeded",
        "ResponsePayloadSizeLimitExceeded",
        "Conflict",
        "InsertDeleteConflict",
        "InvalidOperation",
        "ApiNotFound",
        "EditModeCannotAcquireLock",
        "InvalidOperationInCellEditMode",
        "ItemAlreadyExists",
        "RangeExceedsLimit",
      ]),
    );
  });

  it.each(CODES)("%s : l'hôte le lève au sync comme Excel (RichApi.Error)", async (code) => {
    const { Excel, injecter } = passerelle();
    injecter(code, { auSync: 1, errorLocation: "Worksheet.getRange" });
    const e = await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RichApiError);
    expect(e).toMatchObject({
      name: "RichApi.Error",
      code,
      traceMessages: [],
      debugInfo: { code, errorLocation: "Worksheet.getRange", statement: "context.sync();" },
    });
    expect(typeof (e as Error).message).toBe("string");
  });

  it.each(VIA_PASSERELLE)(
    "%s à la lecture : message français avec l'étape suivante",
    async (code) => {
      const { g, injecter } = passerelle();
      injecter(code, { auSync: 1 });
      const e = await g.readSnapshot().catch((x: unknown) => x);
      const [codeG, message] = MESSAGES_ERREURS[code]!;
      expect(e).toBeInstanceOf(GatewayError);
      expect(e).toMatchObject({ code: codeG, message: `Lecture du classeur : ${message}` });
      expect(message).toMatch(PROCHAINE_ETAPE);
      expect(JSON.parse((e as GatewayError).detail ?? "{}")).toMatchObject({
        code,
        debugInfo: { code, errorLocation: "RequestContext.sync" },
      });
    },
  );

  it.each(VIA_PASSERELLE)(
    "%s à l'écriture : message français, préfixé par l'opération",
    async (code) => {
      const { g, injecter, stats } = passerelle();
      injecter(code, { auSync: stats.syncs + 1 });
      const e = await g
        .apply(
          sansGarde({
            titre: "Surligner les cellules à compléter",
            operations: [
              { kind: "setValues", sheet: { sheetId: "s1" }, row: 0, col: 1, values: [[1]] },
            ],
          }),
        )
        .catch((x: unknown) => x);
      expect(e).toBeInstanceOf(GatewayError);
      expect((e as Error).message).toBe(
        `Surligner les cellules à compléter : ${MESSAGES_ERREURS[code]![1]}`,
      );
    },
  );

  it("un code inconnu : message générique qui dit quoi faire, détail gardé", async () => {
    const { g, injecter } = passerelle();
    injecter("CodeJamaisVu", { auSync: 1 });
    const e = (await g.readSnapshot().catch((x: unknown) => x)) as GatewayError;
    expect(e.code).toBe("Unknown");
    expect(e.message).toMatch(/inattendue : réessayez ; si l'erreur persiste/);
    expect(JSON.parse(e.detail ?? "{}")).toMatchObject({ code: "CodeJamaisVu" });
  });
});

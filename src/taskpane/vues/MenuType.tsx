import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { MoreVerticalRegular } from "@fluentui/react-icons";
import { CATALOGUE_ONGLETS } from "../../domain/classeur/catalogue/catalogue";
import { TYPES_ONGLET, type TypeOnglet } from "../../domain/classeur/types-onglet";
import type { LigneSommaire } from "../../use-cases/vue-sommaire";
import { useSession } from "../etat/session";
import { T } from "../textes";

const libelleType = (type: TypeOnglet): string => {
  const e = CATALOGUE_ONGLETS.find((x) => x.type === type);
  if (!e) return T.sommaire.typeInconnu;
  return e.annexe === "—" ? e.titre : T.sommaire.annexe(e.annexe, e.titre);
};

/** Menu « corriger le type » d'un onglet (la correction est enregistrée dans le classeur). */
export function MenuType({ ligne }: { readonly ligne: LigneSommaire }) {
  const { session, etat } = useSession();
  const corrige = ligne.origine === "correction";
  return (
    <Menu
      checkedValues={{ type: [ligne.type] }}
      onCheckedValueChange={(_, d) => {
        const type = d.checkedItems[0] as TypeOnglet | undefined;
        if (type && type !== ligne.type) void session.corrigerType(ligne.sheetId, type);
      }}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<MoreVerticalRegular />}
          aria-label={T.sommaire.menuType(ligne.nom)}
          disabledFocusable={etat.action !== null || !etat.analyse}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{T.sommaire.menuTypeTitre}</MenuGroupHeader>
            {TYPES_ONGLET.map((type) => (
              <MenuItemRadio key={type} name="type" value={type}>
                {libelleType(type)}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          {corrige ? (
            <>
              <MenuDivider />
              <MenuItem onClick={() => void session.corrigerType(ligne.sheetId, null)}>
                {T.sommaire.typeAuto}
              </MenuItem>
            </>
          ) : null}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

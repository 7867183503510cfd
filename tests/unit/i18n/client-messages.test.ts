import { describe, expect, it } from "vitest";
import { pickMessages } from "@/lib/i18n/client-messages";

const messages = {
  Site: { title: "Sociale kaart" },
  ErrorPage: { title: "Er ging iets mis" },
  Search: { heading: "Zoek hulp", where: { legend: "Vanaf waar?" }, filters: { q: "Wat zoek je?" } },
  Results: { none: "Niets gevonden" },
  Beheer: { title: "Beheer" },
};

describe("pickMessages", () => {
  it("always keeps the shell's namespaces and adds only those asked for", () => {
    expect(pickMessages(messages, ["Results"])).toEqual({ Site: messages.Site, ErrorPage: messages.ErrorPage, Results: messages.Results });
  });

  it("takes parts of a namespace", () => {
    expect(pickMessages(messages, ["Search.where", "Search.filters"]).Search).toEqual({ where: { legend: "Vanaf waar?" }, filters: { q: "Wat zoek je?" } });
  });

  it("skips names that do not exist", () => {
    expect(Object.keys(pickMessages(messages, ["Nope", "Search.nope"]))).toEqual(["Site", "ErrorPage", "Search"]);
  });
});

// Configure the vendored YASGUI for kg serve: this server's endpoint only, no remote lookups.
// (LOV property/class autocompletion and the endpoint catalogue are the only remote calls the
// build makes; prefix.cc is already off by default. The server's CSP blocks anything else.)
(function () {
  "use strict";
  var endpoint = new URL("sparql", window.location.href).href;
  document.getElementById("endpoint").textContent = endpoint;
  var query = [
    "PREFIX kgo: <https://w3id.org/osint-kg/ontology#>",
    "PREFIX schema: <https://schema.org/>",
    "PREFIX prov: <http://www.w3.org/ns/prov#>",
    "PREFIX oa: <http://www.w3.org/ns/oa#>",
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>",
    "",
    "# How many claims does each article report?",
    "SELECT ?article (COUNT(DISTINCT ?claim) AS ?claims) WHERE {",
    "  ?claim a kgo:Claim .",
    "  GRAPH ?article { ?claim ?p ?o }",
    "}",
    "GROUP BY ?article",
    "ORDER BY DESC(?claims)",
    "LIMIT 50",
  ].join("\n");
  var Yasgui = window.Yasgui;
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.value = query;
  window.yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    copyEndpointOnNewTab: false,
    populateFromUrl: false,
    persistenceId: null,
    yasqe: { autocompleters: ["prefixes", "variables"], value: query, persistenceId: null },
    yasr: { persistenceId: null, prefixes: {
      kgo: "https://w3id.org/osint-kg/ontology#", schema: "https://schema.org/",
      prov: "http://www.w3.org/ns/prov#", oa: "http://www.w3.org/ns/oa#",
      skos: "http://www.w3.org/2004/02/skos/core#", xsd: "http://www.w3.org/2001/XMLSchema#",
      actor: "https://w3id.org/osint-kg/id/actor/", site: "https://w3id.org/osint-kg/id/site/",
      id: "https://w3id.org/osint-kg/id/",
    } },
  });
})();

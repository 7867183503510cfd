// Splits a SQL script into statements at top-level semicolons, leaving semicolons inside
// comments, quoted strings, quoted identifiers and dollar-quoted bodies (PL/pgSQL) alone.
export function splitSqlStatements(script: string): string[] {
  const statements: string[] = [];
  let current = "";
  let i = 0;
  const push = () => {
    const statement = current.trim();
    if (statement && !/^(--[^\n]*\n?|\/\*[\s\S]*?\*\/|\s)*$/.test(statement)) statements.push(statement);
    current = "";
  };
  while (i < script.length) {
    const rest = script.slice(i);
    const dollar = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(rest);
    let token: string;
    if (rest.startsWith("--")) {
      const end = script.indexOf("\n", i);
      token = end === -1 ? rest : script.slice(i, end + 1);
    } else if (rest.startsWith("/*")) {
      const end = script.indexOf("*/", i + 2);
      token = end === -1 ? rest : script.slice(i, end + 2);
    } else if (rest[0] === "'" || rest[0] === '"') {
      const quote = rest[0];
      let j = i + 1;
      while (j < script.length) {
        if (script[j] === quote && script[j + 1] === quote) j += 2;
        else if (script[j] === quote) break;
        else j++;
      }
      token = script.slice(i, j + 1);
    } else if (dollar) {
      const end = script.indexOf(dollar[0], i + dollar[0].length);
      token = end === -1 ? rest : script.slice(i, end + dollar[0].length);
    } else if (rest[0] === ";") {
      i++;
      push();
      continue;
    } else {
      token = rest[0];
    }
    current += token;
    i += token.length;
  }
  push();
  return statements;
}

// JSON benchmark: a hand-written recursive-descent JSON parser building a tree
// of JsonValue objects (objects, arrays, numbers, strings, literals) from an
// embedded document, parsed many times. Prints node counts and checksums.

class JsonValue {
  isObject() { return false; }
  isArray() { return false; }
  isNumber() { return false; }
  isString() { return false; }
  isLiteral() { return false; }

  // Subclasses override this; the default is for leaf values.
  visit(stats) {
    stats.other++;
  }
}

class JsonObject extends JsonValue {
  constructor() {
    super();
    this.names = [];
    this.values = [];
  }

  isObject() { return true; }

  add(name, value) {
    this.names.push(name);
    this.values.push(value);
  }

  get(name) {
    const idx = this.names.indexOf(name);
    return idx < 0 ? null : this.values[idx];
  }

  size() {
    return this.names.length;
  }

  visit(stats) {
    stats.objects++;
    stats.members += this.names.length;
    for (let i = 0; i < this.names.length; i++) {
      stats.stringChars += this.names[i].length;
      this.values[i].visit(stats);
    }
  }
}

class JsonArray extends JsonValue {
  constructor() {
    super();
    this.items = [];
  }

  isArray() { return true; }

  add(value) {
    this.items.push(value);
  }

  visit(stats) {
    stats.arrays++;
    stats.elements += this.items.length;
    this.items.forEach((item) => item.visit(stats));
  }
}

class JsonNumber extends JsonValue {
  constructor(value) {
    super();
    this.value = value;
  }

  isNumber() { return true; }

  visit(stats) {
    stats.numbers++;
    stats.numberSum += this.value;
  }
}

class JsonString extends JsonValue {
  constructor(value) {
    super();
    this.value = value;
  }

  isString() { return true; }

  visit(stats) {
    stats.strings++;
    stats.stringChars += this.value.length;
  }
}

class JsonLiteral extends JsonValue {
  constructor(kind) {
    super();
    this.kind = kind;
  }

  isLiteral() { return true; }

  visit(stats) {
    stats.literals++;
    if (this.kind === "true") {
      stats.trues++;
    }
  }

  static TRUE = new JsonLiteral("true");
  static FALSE = new JsonLiteral("false");
  static NULL = new JsonLiteral("null");
}

class ParseError extends Error {
  constructor(message, position) {
    super(message + " at " + position);
    this.position = position;
  }
}

class JsonParser {
  constructor(input) {
    this.input = input;
    this.index = 0;
    this.current = input.length > 0 ? input.charCodeAt(0) : -1;
  }

  parse() {
    this.skipWhitespace();
    const result = this.readValue();
    this.skipWhitespace();
    if (this.current !== -1) {
      throw new ParseError("Unexpected trailing character", this.index);
    }
    return result;
  }

  advance() {
    this.index++;
    this.current = this.index < this.input.length ? this.input.charCodeAt(this.index) : -1;
  }

  skipWhitespace() {
    while (this.current === 32 || this.current === 9 || this.current === 10 || this.current === 13) {
      this.advance();
    }
  }

  expect(code) {
    if (this.current !== code) {
      throw new ParseError("Expected '" + String.fromCharCode(code) + "'", this.index);
    }
    this.advance();
  }

  readValue() {
    const c = this.current;
    if (c === 123) {
      return this.readObject();
    }
    if (c === 91) {
      return this.readArray();
    }
    if (c === 34) {
      return new JsonString(this.readString());
    }
    if (c === 116) {
      this.readWord("true");
      return JsonLiteral.TRUE;
    }
    if (c === 102) {
      this.readWord("false");
      return JsonLiteral.FALSE;
    }
    if (c === 110) {
      this.readWord("null");
      return JsonLiteral.NULL;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      return this.readNumber();
    }
    throw new ParseError("Unexpected character", this.index);
  }

  readWord(word) {
    for (let i = 0; i < word.length; i++) {
      this.expect(word.charCodeAt(i));
    }
  }

  readObject() {
    this.advance();
    const obj = new JsonObject();
    this.skipWhitespace();
    if (this.current === 125) {
      this.advance();
      return obj;
    }
    for (;;) {
      this.skipWhitespace();
      const name = this.readString();
      this.skipWhitespace();
      this.expect(58);
      this.skipWhitespace();
      obj.add(name, this.readValue());
      this.skipWhitespace();
      if (this.current === 44) {
        this.advance();
      } else {
        this.expect(125);
        return obj;
      }
    }
  }

  readArray() {
    this.advance();
    const arr = new JsonArray();
    this.skipWhitespace();
    if (this.current === 93) {
      this.advance();
      return arr;
    }
    for (;;) {
      this.skipWhitespace();
      arr.add(this.readValue());
      this.skipWhitespace();
      if (this.current === 44) {
        this.advance();
      } else {
        this.expect(93);
        return arr;
      }
    }
  }

  readString() {
    this.expect(34);
    const parts = [];
    let start = this.index;
    while (this.current !== 34) {
      if (this.current === -1) {
        throw new ParseError("Unterminated string", this.index);
      }
      if (this.current === 92) {
        parts.push(this.input.substring(start, this.index));
        this.advance();
        parts.push(this.readEscape());
        start = this.index;
      } else {
        this.advance();
      }
    }
    parts.push(this.input.substring(start, this.index));
    this.advance();
    return parts.join("");
  }

  readEscape() {
    const c = this.current;
    this.advance();
    switch (c) {
      case 34: return "\"";
      case 92: return "\\";
      case 47: return "/";
      case 98: return "\b";
      case 102: return "\f";
      case 110: return "\n";
      case 114: return "\r";
      case 116: return "\t";
      case 117: {
        let code = 0;
        for (let i = 0; i < 4; i++) {
          code = code * 16 + JsonParser.hexDigit(this.current, this.index);
          this.advance();
        }
        return String.fromCharCode(code);
      }
      default:
        throw new ParseError("Bad escape", this.index);
    }
  }

  static hexDigit(c, position) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    throw new ParseError("Bad hex digit", position);
  }

  readDigits() {
    let value = 0;
    let count = 0;
    while (this.current >= 48 && this.current <= 57) {
      value = value * 10 + (this.current - 48);
      count++;
      this.advance();
    }
    if (count === 0) {
      throw new ParseError("Expected digit", this.index);
    }
    return [value, count];
  }

  readNumber() {
    let negative = false;
    if (this.current === 45) {
      negative = true;
      this.advance();
    }
    let value = this.readDigits()[0];
    if (this.current === 46) {
      this.advance();
      const [fraction, digits] = this.readDigits();
      value += fraction / Math.pow(10, digits);
    }
    if (this.current === 101 || this.current === 69) {
      this.advance();
      let expNegative = false;
      if (this.current === 43) {
        this.advance();
      } else if (this.current === 45) {
        expNegative = true;
        this.advance();
      }
      const exponent = this.readDigits()[0];
      value = expNegative ? value / Math.pow(10, exponent) : value * Math.pow(10, exponent);
    }
    return new JsonNumber(negative ? -value : value);
  }
}

class Stats {
  constructor() {
    this.objects = 0;
    this.members = 0;
    this.arrays = 0;
    this.elements = 0;
    this.numbers = 0;
    this.numberSum = 0;
    this.strings = 0;
    this.stringChars = 0;
    this.literals = 0;
    this.trues = 0;
    this.other = 0;
  }
}

const DOCUMENT = `{
  "catalog": "Hardware \\"Store\\" Inventory",
  "version": 3,
  "updated": "2019-07-14T10:22:00Z",
  "open": true,
  "closedDays": ["Sunday", "Monday"],
  "address": {
    "street": "12 Market Lane",
    "city": "Springfield",
    "zip": "49007",
    "geo": { "lat": 42.2917, "lon": -85.5872 }
  },
  "items": [
    { "id": 1001, "name": "Hammer", "price": 12.5, "stock": 34, "tags": ["tools", "hand"], "discontinued": false, "supplier": null },
    { "id": 1002, "name": "Screwdriver set\\n(6 pcs)", "price": 19.99, "stock": 12, "tags": ["tools", "hand", "set"], "discontinued": false, "supplier": "Acme" },
    { "id": 1003, "name": "Cordless drill", "price": 89.0, "stock": 5, "tags": ["tools", "power"], "discontinued": false, "supplier": "Bolt & Co" },
    { "id": 1004, "name": "Wood screws \\u0028box\\u0029", "price": 4.75, "stock": 210, "tags": ["fasteners"], "discontinued": false, "supplier": "Acme" },
    { "id": 1005, "name": "Paint roller", "price": 7.2, "stock": 0, "tags": [], "discontinued": true, "supplier": null },
    { "id": 1006, "name": "Ladder 2m", "price": 64.9, "stock": 3, "tags": ["access"], "discontinued": false, "supplier": "Heights Ltd" },
    { "id": 1007, "name": "Tape measure", "price": 6.49, "stock": 77, "tags": ["tools", "measuring"], "discontinued": false, "supplier": "Acme" },
    { "id": 1008, "name": "Safety goggles", "price": 3.99, "stock": 45, "tags": ["safety"], "discontinued": false, "supplier": "ClearView" },
    { "id": 1009, "name": "Work gloves", "price": 8.25, "stock": 60, "tags": ["safety", "hand"], "discontinued": false, "supplier": null },
    { "id": 1010, "name": "Spirit level", "price": 15.0, "stock": 9, "tags": ["tools", "measuring"], "discontinued": false, "supplier": "Heights Ltd" }
  ],
  "sales": {
    "2018": [1200, 1350, 990, 1420, 1600, 1810, 2050, 1990, 1500, 1380, 1250, 2400],
    "2019": [1300, 1290, 1100, 1510, 1720, 1905, 2210],
    "growth": 6.5e-2,
    "target": 2.5E4,
    "deficit": -1.25e+3
  },
  "staff": [
    { "name": "Ana", "role": "manager", "hours": [8, 8, 8, 8, 6], "keyholder": true },
    { "name": "Bo", "role": "clerk", "hours": [4, 4, 0, 4, 4], "keyholder": false },
    { "name": "Cy", "role": "clerk", "hours": [], "keyholder": false },
    { "name": "D\\u00e9sir\\u00e9e", "role": "stock \\/ receiving", "hours": [6, 6, 6], "keyholder": true }
  ],
  "notes": "Tab\\there, backslash \\\\ and quote \\" all escaped.",
  "nested": [[[[1, 2], [3]], []], [{}, {"deep": [true, false, null]}]]
}`;

function summarize(root) {
  const stats = new Stats();
  root.visit(stats);
  return stats;
}

function main() {
  const rounds = 8000;
  let totalNodes = 0;
  let last = null;
  for (let i = 0; i < rounds; i++) {
    const root = new JsonParser(DOCUMENT).parse();
    last = summarize(root);
    totalNodes += last.objects + last.arrays + last.numbers + last.strings + last.literals;
  }
  const root = new JsonParser(DOCUMENT).parse();
  const items = root.get("items").items;
  const names = items
    .filter((it) => !it.get("discontinued").kind.startsWith("t"))
    .map((it) => it.get("name").value);
  const sorted = items
    .slice()
    .sort((a, b) => b.get("stock").value - a.get("stock").value)
    .map((it) => it.get("id").value);
  const inventoryCents = items.reduce(
    (acc, it) => acc + Math.round(it.get("price").value * 100) * it.get("stock").value,
    0
  );

  let errors = 0;
  const broken = ["{\"a\": }", "[1, 2", "{\"x\" 1}", "\"abc", "tru", "[1] 2", "{\"u\": \"\\u12G4\"}"];
  broken.forEach((text) => {
    try {
      new JsonParser(text).parse();
    } catch (e) {
      if (e instanceof ParseError) {
        errors++;
      }
    }
  });

  console.log("objects " + last.objects + ", members " + last.members + ", arrays " + last.arrays + ", elements " + last.elements);
  console.log("numbers " + last.numbers + ", strings " + last.strings + ", literals " + last.literals + ", trues " + last.trues);
  console.log("number sum x100: " + Math.round(last.numberSum * 100) + ", string chars: " + last.stringChars);
  console.log("active items: " + names.length + ", first: " + names[0] + ", last: " + names[names.length - 1]);
  console.log("ids by stock: " + sorted.join(","));
  console.log("inventory cents: " + inventoryCents);
  console.log("parse errors detected: " + errors + " of " + broken.length);
  console.log("total nodes over " + rounds + " parses: " + totalNodes);
}

main();

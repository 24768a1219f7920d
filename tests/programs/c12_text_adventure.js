// Checks a text-adventure state machine: rooms linked by exit dictionaries, an inventory, and a scripted command list.
class Room {
  constructor(id, title) {
    this.id = id;
    this.title = title;
    this.exits = {};
    this.items = [];
    this.locked = {};
    this.visits = 0;
  }
  connect(dir, other, back) {
    this.exits[dir] = other;
    if (back) other.exits[back] = this;
    return this;
  }
}

const rooms = {};
function room(id, title, items) {
  const r = new Room(id, title);
  r.items = items;
  rooms[id] = r;
  return r;
}
room("hall", "Great Hall", ["torch"]);
room("lib", "Dusty Library", ["book", "key"]);
room("cellar", "Dark Cellar", []);
room("vault", "Vault", ["gold"]);
room("garden", "Garden", ["rose"]);
rooms.hall.connect("north", rooms.lib, "south").connect("down", rooms.cellar, "up").connect("east", rooms.garden, "west");
rooms.cellar.connect("east", rooms.vault, "west");
rooms.cellar.locked["east"] = "key";

const state = { where: rooms.hall, inventory: {}, score: 0, moves: 0, mode: "playing" };
rooms.hall.visits = 1;

const handlers = {
  go(dir) {
    const here = state.where;
    if (!(dir in here.exits)) return "You can't go " + dir + ".";
    const need = here.locked[dir];
    if (need && !state.inventory[need]) return "The way " + dir + " is locked.";
    if (need) delete here.locked[dir];
    state.where = here.exits[dir];
    state.moves++;
    state.where.visits++;
    if (state.where.visits === 1) state.score += 5;
    return "You enter the " + state.where.title + ".";
  },
  take(item) {
    const items = state.where.items;
    const i = items.indexOf(item);
    if (i < 0) return "No " + item + " here.";
    items.splice(i, 1);
    state.inventory[item] = true;
    state.score += item === "gold" ? 50 : 1;
    if (item === "gold") state.mode = "won";
    return "Taken: " + item + ".";
  },
  drop(item) {
    if (!state.inventory[item]) return "You don't have " + item + ".";
    delete state.inventory[item];
    state.where.items.push(item);
    return "Dropped " + item + ".";
  },
  look() {
    const exits = Object.keys(state.where.exits).sort().join(",");
    const items = state.where.items.length ? state.where.items.join(",") : "nothing";
    return state.where.title + " [exits: " + exits + "] [items: " + items + "]";
  },
  inv() {
    const list = Object.keys(state.inventory);
    return "Carrying: " + (list.length ? list.join(", ") : "nothing");
  },
};
const aliases = { n: "go north", s: "go south", e: "go east", w: "go west", u: "go up", d: "go down", i: "inv", l: "look" };

const script = ["l", "take torch", "d", "e", "u", "n", "take key", "take book", "drop torch", "look", "dance",
  "s", "e", "take rose", "w", "d", "e", "take gold", "w"];
for (const raw of script) {
  if (state.mode !== "playing") {
    console.log("> " + raw + "  (ignored, game over)");
    continue;
  }
  const cmd = raw in aliases ? aliases[raw] : raw;
  const space = cmd.indexOf(" ");
  const verb = space < 0 ? cmd : cmd.slice(0, space);
  const arg = space < 0 ? "" : cmd.slice(space + 1);
  const handler = handlers[verb];
  const reply = handler ? handler(arg) : "I don't understand '" + verb + "'.";
  console.log("> " + raw.padEnd(10) + " " + reply);
}
console.log(handlers.inv());
console.log("mode=" + state.mode + " score=" + state.score + " moves=" + state.moves);
const visited = Object.keys(rooms).filter((id) => rooms[id].visits > 0).map((id) => id + ":" + rooms[id].visits);
console.log("visits " + visited.join(" "));
console.log("library items now: " + rooms.lib.items.join(","));

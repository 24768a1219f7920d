// A command interpreter: regex-parsed commands, a switch-based state machine, closures.
const world = {
  rooms: {
    hall: { desc: "A long hall.", exits: { north: "library", east: "kitchen" }, items: ["lamp"] },
    library: { desc: "Dusty books.", exits: { south: "hall" }, items: ["book", "key"] },
    kitchen: { desc: "Smells of bread.", exits: { west: "hall" }, items: [] },
  },
};
function makeGame() {
  let room = "hall";
  const bag = [];
  const moves = [];
  const commands = [
    [/^(?:go|walk)\s+(north|south|east|west)$/i, (dir) => {
      const next = world.rooms[room].exits[dir.toLowerCase()];
      if (!next) return `You can't go ${dir}.`;
      moves.push(`${room}->${next}`);
      room = next;
      return world.rooms[room].desc;
    }],
    [/^(?:take|get)\s+(?:the\s+)?(\w+)$/i, (what) => {
      const items = world.rooms[room].items, i = items.indexOf(what);
      if (i < 0) return `No ${what} here.`;
      bag.push(...items.splice(i, 1));
      return `Taken: ${what}.`;
    }],
    [/^inv(?:entory)?$/i, () => (bag.length ? `You carry: ${bag.join(", ")}.` : "Empty-handed.")],
    [/^look$/i, () => `${world.rooms[room].desc} Exits: ${Object.keys(world.rooms[room].exits).join("/")}.`],
  ];
  return {
    run(line) {
      const input = line.trim().replace(/\s{2,}/g, " ");
      for (const [re, fn] of commands) {
        const m = re.exec(input);
        if (m) return fn(...m.slice(1));
      }
      switch (true) {
        case /^\s*$/.test(input): return "Say something.";
        case /\?$/.test(input): return "No questions.";
        default: return `I don't understand "${input}".`;
      }
    },
    get moves() { return moves.slice(); },
  };
}
const g = makeGame();
for (const cmd of ["look", "take lamp", "go  north", "GET the key", "take sword", "walk west", "go south", "inv", "", "where am I?", "dance"])
  console.log(`> ${cmd}\n${g.run(cmd)}`);
console.log(g.moves);

/** A GEXF 1.3 file around the given node and edge elements, with `head` before the root (a DOCTYPE, say). */
export const gexfText = (nodes: string, edges = '', head = '') => `<?xml version="1.0" encoding="UTF-8"?>
${head}<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
${nodes}
    </nodes>
    <edges>${edges}</edges>
  </graph>
</gexf>`;

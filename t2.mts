import cytoscape from 'cytoscape';
const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: 'node', style: { width: 40, height: 40, 'border-width': 0 } }],
  elements: [ { group: 'nodes', data: { id: 'far' }, position: { x: -500, y: 900 } } ] });
const n = cy.nodes()[0]; console.log(n.position(), n.outerWidth(), n.outerHeight());

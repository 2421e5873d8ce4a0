/** The nine blocks' titles as a user reads them, in the board's order: what the tests expect. */
export const BLOCK_TITLES = {
  es: [
    'Socios clave',
    'Actividades clave',
    'Recursos clave',
    'Propuestas de valor',
    'Relaciones con clientes',
    'Canales',
    'Segmentos de clientes',
    'Estructura de costes',
    'Fuentes de ingresos',
  ],
  en: [
    'Key partners',
    'Key activities',
    'Key resources',
    'Value propositions',
    'Customer relationships',
    'Channels',
    'Customer segments',
    'Cost structure',
    'Revenue streams',
  ],
};

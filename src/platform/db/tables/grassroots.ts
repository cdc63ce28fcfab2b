/** Row types of the grassroots tables: grassroots contact points and visit extensions. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GrassrootsTables {}

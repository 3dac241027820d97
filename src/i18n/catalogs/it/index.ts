import { joinNamespaces } from '../../join-namespaces';

export default joinNamespaces(import.meta.glob('./*.json', { eager: true, import: 'default' }));

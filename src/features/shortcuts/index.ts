export { bindingLabel, isMac, matchesBinding } from './keys';
export { CommandRegistry, type Command } from './registry';
export {
  ShortcutsProvider,
  useCommandList,
  useCommands,
  useEscapeLayer,
  useRegistry,
} from './ShortcutsProvider';

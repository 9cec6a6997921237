export default defineBackground(() => {
  // Wired up as features land.
});
